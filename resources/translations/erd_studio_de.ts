<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Diagnostics</name>
    <message>
        <source>"{key}" does not apply to this type; remove it or change the type</source>
        <translation>„{key}“ passt nicht zu diesem Typ; entfernen Sie es oder ändern Sie den Typ</translation>
    </message>
    <message>
        <source>"{key}" only works together with "{partner}"</source>
        <translation>„{key}“ funktioniert nur zusammen mit „{partner}“</translation>
    </message>
    <message>
        <source>"{target}" is not an attribute of {profile}; choose one of: {choices}</source>
        <translation>„{target}“ ist kein Attribut von {profile}; wählen Sie eines von: {choices}</translation>
    </message>
    <message>
        <source>a colon is missing after the key</source>
        <translation>nach dem Schlüssel fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a comma is missing between two entries</source>
        <translation>zwischen zwei Einträgen fehlt ein Komma</translation>
    </message>
    <message>
        <source>a date and time like 2026-11-29T14:30:00Z</source>
        <translation>ein Zeitpunkt wie 2026-11-29T14:30:00Z</translation>
    </message>
    <message>
        <source>a date like 2026-11-29</source>
        <translation>ein Datum wie 2026-11-29</translation>
    </message>
    <message>
        <source>a field key starts with a letter or _ and has only letters, digits and _ (at most 64)</source>
        <translation>ein Feldschlüssel beginnt mit einem Buchstaben oder _ und enthält nur Buchstaben, Ziffern und _ (höchstens 64)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a list […]</source>
        <translation>eine Liste […]</translation>
    </message>
    <message>
        <source>a mapping needs exactly one of source, constant or template</source>
        <translation>eine Zuordnung braucht genau eines von source, constant oder template</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string contains a raw line break or control character; write it as \n</source>
        <translation>ein Text enthält einen echten Zeilenumbruch oder ein Steuerzeichen; schreiben Sie ihn als \n</translation>
    </message>
    <message>
        <source>a string contains an invalid backslash escape</source>
        <translation>ein Text enthält eine ungültige Escape-Sequenz mit Backslash</translation>
    </message>
    <message>
        <source>a string contains an unpaired surrogate escape (such as \ud800) that is not a character; remove it</source>
        <translation>ein Text enthält ein einzelnes Surrogat-Escape (wie \ud800), das kein Zeichen ist; entfernen Sie es</translation>
    </message>
    <message>
        <source>a string is not closed with a double quote</source>
        <translation>ein Text ist nicht mit einem doppelten Anführungszeichen abgeschlossen</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a text in double quotes</source>
        <translation>ein Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a value is missing here (or there is a stray character)</source>
        <translation>hier fehlt ein Wert (oder es steht ein überzähliges Zeichen hier)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an ERD must be a JSON object {{…}}, not a single value or list</source>
        <translation>eine ERD muss ein JSON-Objekt {{…}} sein, kein einzelner Wert und keine Liste</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an http(s) URL</source>
        <translation>eine http(s)-URL</translation>
    </message>
    <message>
        <source>an id uses lower-case letters, digits and hyphens (at most 63), starting with a letter or digit</source>
        <translation>eine Kennung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen (höchstens 63) und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an object {{…}}</source>
        <translation>ein Objekt {{…}}</translation>
    </message>
    <message>
        <source>expected a key in double quotes (is there a trailing comma?)</source>
        <translation>hier wird ein Schlüssel in doppelten Anführungszeichen erwartet (steht ein Komma zu viel da?)</translation>
    </message>
    <message>
        <source>it must match {pattern}</source>
        <translation>er muss zu {pattern} passen</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>one of the allowed values</source>
        <translation>einer der erlaubten Werte</translation>
    </message>
    <message>
        <source>the JSON cannot be read: {error}</source>
        <translation>das JSON kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>the JSON is nested more than {depth} levels deep; an ERD needs about 5</source>
        <translation>das JSON ist mehr als {depth} Ebenen tief verschachtelt; eine ERD braucht etwa 5</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to process; an ERD needs about 5 levels</source>
        <translation>das JSON ist zu tief verschachtelt, um es zu verarbeiten; eine ERD braucht etwa 5 Ebenen</translation>
    </message>
    <message>
        <source>the attribute "{target}" is already filled by mapping {n}; remove one of them</source>
        <translation>das Attribut „{target}“ wird schon von Zuordnung {n} gefüllt; entfernen Sie eine der beiden</translation>
    </message>
    <message>
        <source>the constant</source>
        <translation>die Konstante</translation>
    </message>
    <message>
        <source>the default of field "{key}" is not valid: {problem}</source>
        <translation>der Standardwert des Felds „{key}“ ist ungültig: {problem}</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>the example of field "{key}" is not valid: {problem}</source>
        <translation>das Beispiel des Felds „{key}“ ist ungültig: {problem}</translation>
    </message>
    <message>
        <source>the field "{key}" ({type}) cannot fill "{target}" ({target_type}) directly; add a lookup table or choose another field</source>
        <translation>das Feld „{key}“ ({type}) kann „{target}“ ({target_type}) nicht direkt füllen; legen Sie eine Umsetzungstabelle an oder wählen Sie ein anderes Feld</translation>
    </message>
    <message>
        <source>the field "{key}" has no maximum length, but "{target}" accepts at most {limit}; set a maxLength</source>
        <translation>das Feld „{key}“ hat keine Höchstlänge, aber „{target}“ nimmt höchstens {limit} an; setzen Sie maxLength</translation>
    </message>
    <message>
        <source>the field "{key}" is sent but no mapping uses it</source>
        <translation>das Feld „{key}“ wird gesendet, aber keine Zuordnung verwendet es</translation>
    </message>
    <message>
        <source>the field "{key}" may hold {n} characters, but "{target}" accepts at most {limit}; set a maxLength</source>
        <translation>das Feld „{key}“ kann {n} Zeichen enthalten, aber „{target}“ nimmt höchstens {limit} an; setzen Sie maxLength</translation>
    </message>
    <message>
        <source>the field key "{key}" is used twice; field keys must be unique</source>
        <translation>der Feldschlüssel „{key}“ wird doppelt verwendet; Feldschlüssel müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the file is empty; an ERD is a JSON object such as {{"erd": "1.0", …}}</source>
        <translation>die Datei ist leer; eine ERD ist ein JSON-Objekt wie {{"erd": "1.0", …}}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte:02x} at byte offset {offset}); save it as UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (Byte 0x{byte:02x} an Byte-Position {offset}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is too large to be an ERD ({mb:.0f} MB; the limit is 64 MB)</source>
        <translation>die Datei ist zu groß für eine ERD ({mb:.0f} MB; die Grenze liegt bei 64 MB)</translation>
    </message>
    <message>
        <source>the key "{key}" appears twice in the same object; keep only one</source>
        <translation>der Schlüssel „{key}“ kommt im selben Objekt zweimal vor; behalten Sie nur einen</translation>
    </message>
    <message>
        <source>the lookup default</source>
        <translation>der Standardwert der Umsetzungstabelle</translation>
    </message>
    <message>
        <source>the lookup does not list {values} of field "{key}" and has no default; add them or a default</source>
        <translation>die Umsetzungstabelle enthält {values} des Felds „{key}“ nicht und hat keinen Standardwert; ergänzen Sie diese Werte oder einen Standardwert</translation>
    </message>
    <message>
        <source>the lookup output for "{value}"</source>
        <translation>der Zielwert für „{value}“</translation>
    </message>
    <message>
        <source>the mapping source "{source}" is not a field of this ERD</source>
        <translation>die Quelle „{source}“ der Zuordnung ist kein Feld dieser ERD</translation>
    </message>
    <message>
        <source>the number {number} is too large</source>
        <translation>die Zahl {number} ist zu groß</translation>
    </message>
    <message>
        <source>the number {number}… has {n} digits, which is too large</source>
        <translation>die Zahl {number}… hat {n} Ziffern und ist damit zu groß</translation>
    </message>
    <message>
        <source>the optional field "{key}" fills the required attribute "{target}"; records without it will be refused</source>
        <translation>das optionale Feld „{key}“ füllt das Pflichtattribut „{target}“; Datensätze ohne dieses Feld werden abgelehnt</translation>
    </message>
    <message>
        <source>the property "{key}" is missing from {what}</source>
        <translation>die Eigenschaft „{key}“ fehlt in {what}</translation>
    </message>
    <message>
        <source>the required attribute "{key}"{label} is not filled; add a mapping for it</source>
        <translation>das Pflichtattribut „{key}“{label} wird nicht gefüllt; legen Sie eine Zuordnung dafür an</translation>
    </message>
    <message>
        <source>the target profile "{target}" is not known; use one of: {known} (or load a profile file)</source>
        <translation>das Zielprofil „{target}“ ist unbekannt; verwenden Sie eines von: {known} (oder laden Sie eine Profildatei)</translation>
    </message>
    <message>
        <source>the template uses {{{name}}}, but there is no field "{name}" (use {{id}} for the record id)</source>
        <translation>die Vorlage verwendet {{{name}}}, aber es gibt kein Feld „{name}“ (für die Datensatz-ID verwenden Sie {{id}})</translation>
    </message>
    <message>
        <source>there is text after the end of the JSON object</source>
        <translation>nach dem Ende des JSON-Objekts steht noch Text</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>dieser Eintrag</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>unknown property "{key}"</source>
        <translation>unbekannte Eigenschaft „{key}“</translation>
    </message>
    <message>
        <source>unknown property "{key}"; only keys starting with x- may be added</source>
        <translation>unbekannte Eigenschaft „{key}“; hinzufügen dürfen Sie nur Schlüssel, die mit x- beginnen</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON; write a number or a string instead</source>
        <translation>{name} ist in JSON nicht erlaubt; schreiben Sie stattdessen eine Zahl oder einen Text</translation>
    </message>
    <message>
        <source>{value} does not match the pattern {pattern}</source>
        <translation>{value} passt nicht zum Muster {pattern}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {limit}</source>
        <translation>{value} liegt über dem Höchstwert {limit}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {limit}</source>
        <translation>{value} liegt unter dem Mindestwert {limit}</translation>
    </message>
    <message>
        <source>{value} is longer than {n} characters</source>
        <translation>{value} ist länger als {n} Zeichen</translation>
    </message>
    <message>
        <source>{value} is not one of the allowed values ({allowed})</source>
        <translation>{value} ist keiner der erlaubten Werte ({allowed})</translation>
    </message>
    <message>
        <source>{value} is not {kind}</source>
        <translation>{value} ist nicht {kind}</translation>
    </message>
    <message>
        <source>{value} is shorter than {n} characters</source>
        <translation>{value} ist kürzer als {n} Zeichen</translation>
    </message>
    <message>
        <source>{what} has the wrong type ({actual})</source>
        <translation>{what} hat den falschen Typ ({actual})</translation>
    </message>
    <message>
        <source>{what} is not valid for "{target}" ({kind}): {problem}</source>
        <translation>{what} ist für „{target}“ ({kind}) ungültig: {problem}</translation>
    </message>
    <message>
        <source>{what} is too long ({length} characters; at most {n})</source>
        <translation>{what} ist zu lang ({length} Zeichen; höchstens {n})</translation>
    </message>
    <message>
        <source>{what} lists a value twice</source>
        <translation>{what} enthält einen Wert doppelt</translation>
    </message>
    <message>
        <source>{what} must be at least {n}</source>
        <translation>{what} muss mindestens {n} sein</translation>
    </message>
    <message>
        <source>{what} must be one of: {values}</source>
        <translation>{what} muss eines davon sein: {values}</translation>
    </message>
    <message>
        <source>{what} must be {expected}</source>
        <translation>{what} muss {expected} sein</translation>
    </message>
    <message>
        <source>{what} must be {wanted}, not {actual}</source>
        <translation>{what} muss {wanted} sein, nicht {actual}</translation>
    </message>
    <message>
        <source>{what} must list at least {n} value</source>
        <translation>{what} muss mindestens {n} Wert enthalten</translation>
    </message>
    <message>
        <source>{what} must not be empty</source>
        <translation>{what} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{what} needs at least {n} characters</source>
        <translation>{what} braucht mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>{what} value "{value}" is not allowed: {hint}</source>
        <translation>der Wert „{value}“ von {what} ist nicht erlaubt: {hint}</translation>
    </message>
    <message>
        <source>{what} value {value} is reserved; choose another key</source>
        <translation>der Wert {value} von {what} ist reserviert; wählen Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
</context>
</TS>