<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Validate Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;About ERD Studio</source>
        <translation>Ü&amp;ber ERD Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>About ERD Studio</source>
        <translation>Über ERD Studio</translation>
    </message>
    <message>
        <source>ERD Studio {version}

Edit, validate, test and export External Resource Definitions.</source>
        <translation>ERD Studio {version}

External Resource Definitions bearbeiten, prüfen, testen und exportieren.</translation>
    </message>
    <message>
        <source>Open an ERD file ({keys})</source>
        <translation>Eine ERD-Datei öffnen ({keys})</translation>
    </message>
    <message>
        <source>Save the ERD; a new document asks where ({keys})</source>
        <translation>Die ERD speichern; ein neues Dokument fragt nach dem Ort ({keys})</translation>
    </message>
    <message>
        <source>Check the ERD now ({keys}); it is also checked while you type</source>
        <translation>Die ERD jetzt prüfen ({keys}); geprüft wird auch während der Eingabe</translation>
    </message>
</context>
<context>
    <name>AutoMapDialog</name>
    <message>
        <source>Auto-map by name</source>
        <translation>Automatisch nach Namen zuordnen</translation>
    </message>
    <message>
        <source>Proposed mappings</source>
        <translation>Vorgeschlagene Zuordnungen</translation>
    </message>
    <message>
        <source>Only the ticked proposals are applied; Space ticks or unticks</source>
        <translation>Nur die angehakten Vorschläge werden übernommen; die Leertaste setzt oder entfernt den Haken</translation>
    </message>
    <message>
        <source>{count} unfilled attributes have a field of the same name (ignoring case, _ and -).</source>
        <translation>{count} nicht belegte Zielattribute haben ein gleichnamiges Feld (ohne Beachtung von Groß-/Kleinschreibung, _ und -).</translation>
    </message>
    <message>
        <source>No unfilled attribute has a field of the same name; nothing to add.</source>
        <translation>Kein freies Zielattribut hat ein gleichnamiges Feld; es gibt nichts hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>an unsaved document</source>
        <translation>ein ungespeichertes Dokument</translation>
    </message>
    <message>
        <source>{name} (autosaved {when})</source>
        <translation>{name} (automatisch gesichert {when})</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>ERD Studio did not close properly last time. Unsaved work was kept: {what}.</source>
        <translation>ERD Studio wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Arbeit wurde aufbewahrt: {what}.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Recover opens it as unsaved changes (save it to keep it). Discard deletes the copy.</source>
        <translation>„Wiederherstellen“ öffnet sie als ungespeicherte Änderungen (speichern Sie sie, um sie zu behalten). „Verwerfen“ löscht die Kopie.</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Nothing to show yet: the source has an error. Fix it in the source view and the drawing appears.</source>
        <translation>Noch nichts zu zeigen: Der Quelltext enthält einen Fehler. Beheben Sie ihn in der Quelltextansicht, dann erscheint die Zeichnung.</translation>
    </message>
    <message>
        <source>Out of date: the source has an error. Fix it in the source view; this drawing shows the last good state.</source>
        <translation>Veraltet: Der Quelltext enthält einen Fehler. Beheben Sie ihn in der Quelltextansicht; diese Zeichnung zeigt den letzten gültigen Stand.</translation>
    </message>
    <message>
        <source>Mapping canvas</source>
        <translation>Zuordnungsfläche</translation>
    </message>
    <message>
        <source>A drawing of the mappings: fields on the left, target attributes on the right, one line per mapping. Drag from a field to an attribute to map it. For the keyboard, use the mapping table (Ctrl+Shift+L), which offers the same editing.</source>
        <translation>Eine Zeichnung der Zuordnungen: Felder links, Zielattribute rechts, eine Linie je Zuordnung. Ziehen Sie von einem Feld auf ein Zielattribut, um es zuzuordnen. Mit der Tastatur verwenden Sie die Zuordnungstabelle (Strg+Umschalt+L), die dieselben Bearbeitungen bietet.</translation>
    </message>
    <message>
        <source>Drag from a field to an attribute to map it; double-click an attribute for a constant or template, a line for its lookup; Delete removes the selected mapping. Ctrl+wheel zooms.</source>
        <translation>Ziehen Sie von einem Feld auf ein Zielattribut, um es zuzuordnen; Doppelklick auf ein Zielattribut für eine Konstante oder Vorlage, auf eine Linie für ihre Umsetzungstabelle; Entf entfernt die ausgewählte Zuordnung. Strg+Mausrad zoomt.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>ERD Studio ran into a problem</source>
        <translation>ERD Studio hatte ein Problem</translation>
    </message>
    <message>
        <source>Something went wrong inside ERD Studio. Your work is not lost: unsaved changes are autosaved every few seconds and offered back when ERD Studio starts again.

You can keep working, or save and restart. If this happens again, copy the report below (it contains no tokens or passwords) and send it to ERD Studio support.</source>
        <translation>In ERD Studio ist ein interner Fehler aufgetreten. Ihre Arbeit ist nicht verloren: ungespeicherte Änderungen werden alle paar Sekunden automatisch gesichert und beim nächsten Start von ERD Studio wieder angeboten.

Sie können weiterarbeiten oder speichern und neu starten. Wenn das wieder passiert, kopieren Sie den Bericht unten (er enthält keine Token oder Passwörter) und senden Sie ihn an den Support von ERD Studio.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with ERD Studio's log files (tokens are never written there)</source>
        <translation>Den Ordner mit den Protokolldateien von ERD Studio öffnen (Token werden dort nie gespeichert)</translation>
    </message>
</context>
<context>
    <name>DiagnosticMarks</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>"{key}" does not apply to this type; remove it or change the type</source>
        <translation>„{key}“ passt nicht zu diesem Typ; entfernen Sie es oder ändern Sie den Typ</translation>
    </message>
    <message>
        <source>"{key}" is not a document property</source>
        <translation>„{key}“ ist keine Eigenschaft des Dokuments</translation>
    </message>
    <message>
        <source>"{key}" is not a field of this ERD; send only: {known}</source>
        <translation>„{key}“ ist kein Feld dieser ERD; senden Sie nur: {known}</translation>
    </message>
    <message>
        <source>"{key}" is not part of a record; use "id" and "attributes"</source>
        <translation>„{key}“ gehört nicht zu einem Datensatz; verwenden Sie „id“ und „attributes“</translation>
    </message>
    <message>
        <source>"{key}" is not part of the body; send only "data"</source>
        <translation>„{key}“ gehört nicht in den Inhalt; senden Sie nur „data“</translation>
    </message>
    <message>
        <source>"{key}" is reserved for the record id; choose another key</source>
        <translation>„{key}“ ist für die Datensatz-ID reserviert; wählen Sie einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>"{key}" only works together with "{partner}"</source>
        <translation>„{key}“ funktioniert nur zusammen mit „{partner}“</translation>
    </message>
    <message>
        <source>"{source}" is not a field of this ERD</source>
        <translation>„{source}“ ist kein Feld dieser ERD</translation>
    </message>
    <message>
        <source>"{target}" is not a target attribute</source>
        <translation>„{target}“ ist kein Zielattribut</translation>
    </message>
    <message>
        <source>"{target}" is not an attribute of {profile}; choose one of: {choices}</source>
        <translation>„{target}“ ist kein Attribut von {profile}; wählen Sie eines von: {choices}</translation>
    </message>
    <message>
        <source>"{text}" for the field "{key}" is not a YouTrack property; use one of: {known}</source>
        <translation>„{text}“ für das Feld „{key}“ ist keine YouTrack-Eigenschaft; verwenden Sie eine von: {known}</translation>
    </message>
    <message>
        <source>"{type}" is not a field type; use one of: {choices}</source>
        <translation>„{type}“ ist kein Feldtyp; verwenden Sie einen von: {choices}</translation>
    </message>
    <message>
        <source>(incomplete mapping)</source>
        <translation>(unvollständige Zuordnung)</translation>
    </message>
    <message>
        <source>(no Location given)</source>
        <translation>(keine Location angegeben)</translation>
    </message>
    <message>
        <source>(unknown profile)</source>
        <translation>(unbekanntes Zielprofil)</translation>
    </message>
    <message>
        <source>**ERD format:** {format}</source>
        <translation>**ERD-Format:** {format}</translation>
    </message>
    <message>
        <source>**ERD id:** {id}</source>
        <translation>**ERD-ID:** {id}</translation>
    </message>
    <message>
        <source>**Fields:** {fields}, **mappings:** {mappings}</source>
        <translation>**Felder:** {fields}, **Zuordnungen:** {mappings}</translation>
    </message>
    <message>
        <source>**Target:** {target}</source>
        <translation>**Zielprofil:** {target}</translation>
    </message>
    <message>
        <source>A postbox profile named "{name}" already exists; choose another name.</source>
        <translation>Ein Postbox-Profil namens „{name}“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Accepted ({status}): the postbox created nothing it listed.</source>
        <translation>Angenommen ({status}): Die Postbox hat nichts Aufgelistetes angelegt.</translation>
    </message>
    <message>
        <source>Accepted ({status}): the postbox created {names} — "{title}".</source>
        <translation>Angenommen ({status}): Die Postbox hat {names} angelegt – „{title}“.</translation>
    </message>
    <message>
        <source>Accepted ({status}): the postbox created {names}.</source>
        <translation>Angenommen ({status}): Die Postbox hat {names} angelegt.</translation>
    </message>
    <message>
        <source>Cancelled: ERD Studio stopped waiting for the answer.</source>
        <translation>Abgebrochen: ERD Studio wartet nicht mehr auf die Antwort.</translation>
    </message>
    <message>
        <source>Check the URL in the profile; open the answer below to see who answered.</source>
        <translation>Prüfen Sie die URL im Profil; in der Antwort unten sehen Sie, wer geantwortet hat.</translation>
    </message>
    <message>
        <source>Check the create URL in the profile; copy it from the postbox's settings.</source>
        <translation>Prüfen Sie die Anlage-URL im Profil; kopieren Sie sie aus den Einstellungen der Postbox.</translation>
    </message>
    <message>
        <source>Check the created issue in the postbox; the connection works.</source>
        <translation>Prüfen Sie die angelegte CIP-Meldung in der Postbox; die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Check the host name and port, and whether a firewall or VPN is needed to reach the postbox.</source>
        <translation>Prüfen Sie Hostnamen und Port und ob eine Firewall-Freigabe oder ein VPN nötig ist, um die Postbox zu erreichen.</translation>
    </message>
    <message>
        <source>Check the network connection and try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the port in the URL and that the postbox service is running.</source>
        <translation>Prüfen Sie den Port in der URL und ob der Postbox-Dienst läuft.</translation>
    </message>
    <message>
        <source>Check the profile's proxy setting or your proxy.</source>
        <translation>Prüfen Sie die Proxy-Einstellung des Profils oder Ihren Proxy.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name in the URL, and your DNS or VPN.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens in der URL sowie Ihr DNS oder VPN.</translation>
    </message>
    <message>
        <source>Connection refused: {detail}.</source>
        <translation>Verbindung abgelehnt: {detail}.</translation>
    </message>
    <message>
        <source>Connection works: the postbox accepted the token and refused the empty test body ({status}), as expected. Nothing was created.</source>
        <translation>Die Verbindung funktioniert: Die Postbox hat das Token angenommen und den leeren Testinhalt wie erwartet abgelehnt ({status}). Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Connection works; the postbox accepted an empty body and created nothing.</source>
        <translation>Die Verbindung funktioniert; die Postbox hat einen leeren Inhalt angenommen und nichts angelegt.</translation>
    </message>
    <message>
        <source>Correct the postbox profile and send again.</source>
        <translation>Korrigieren Sie das Postbox-Profil und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Could not connect: {detail}.</source>
        <translation>Keine Verbindung möglich: {detail}.</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Enter the postbox's create URL, e.g. https://trax.example.com/api/postbox/…/records.</source>
        <translation>Geben Sie die Anlage-URL der Postbox ein, z. B. https://trax.example.com/api/postbox/…/records.</translation>
    </message>
    <message>
        <source>Enter the proxy URL, e.g. http://proxy.example.com:3128, or use the environment's proxy.</source>
        <translation>Geben Sie die Proxy-URL ein, z. B. http://proxy.example.com:3128, oder verwenden Sie den Proxy der Umgebung.</translation>
    </message>
    <message>
        <source>Fields the external system sends</source>
        <translation>Felder, die das externe System sendet</translation>
    </message>
    <message>
        <source>Fix the problems listed, then send again.</source>
        <translation>Beheben Sie die aufgeführten Probleme und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Following a redirect would turn the POST into an empty GET or send the token elsewhere. If the new address is right, put it into the profile (usually https:// instead of http://).</source>
        <translation>Einer Weiterleitung zu folgen würde aus dem POST ein leeres GET machen oder das Token an eine andere Stelle senden. Wenn die neue Adresse stimmt, tragen Sie sie ins Profil ein (meist https:// statt http://).</translation>
    </message>
    <message>
        <source>If your organisation uses its own certificate authority, set its CA bundle in the profile. Do not turn verification off except for a short test.</source>
        <translation>Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, tragen Sie deren CA-Bundle im Profil ein. Schalten Sie die Prüfung nur für einen kurzen Test ab.</translation>
    </message>
    <message>
        <source>In the file {path}, readable only by you.</source>
        <translation>In der Datei {path}, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>In the system keychain, entry "{service}" for profile id {id}.</source>
        <translation>Im Schlüsselbund des Systems, Eintrag „{service}“ für die Profil-ID {id}.</translation>
    </message>
    <message>
        <source>JSON Schema (Draft 2020-12) of the request body the postbox accepts</source>
        <translation>JSON Schema (Draft 2020-12) des Anfrageinhalts, den die Postbox annimmt</translation>
    </message>
    <message>
        <source>Keeping the token in a file needs your explicit consent; it was not stored.</source>
        <translation>Das Token in einer Datei abzulegen, erfordert Ihre ausdrückliche Zustimmung; es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Mappings to the target entity</source>
        <translation>Zuordnungen zum Zielobjekt</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation>Keine Felder.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (no Secret Service, macOS Keychain or Windows Credential Locker was found). Choose: enter the token each time (it is not stored), or keep it in a file readable only by you.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (weder Secret Service noch macOS-Schlüsselbund noch Windows-Anmeldeinformationsverwaltung gefunden). Wählen Sie: das Token jedes Mal eingeben (es wird nicht gespeichert) oder es in einer nur für Sie lesbaren Datei ablegen.</translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>Keine Zuordnungen.</translation>
    </message>
    <message>
        <source>No postbox at this URL (404).</source>
        <translation>Unter dieser URL gibt es keine Postbox (404).</translation>
    </message>
    <message>
        <source>No problems found: the ERD is valid for its target.</source>
        <translation>Keine Probleme gefunden: Die ERD ist für ihr Zielprofil gültig.</translation>
    </message>
    <message>
        <source>Not sent: {detail}</source>
        <translation>Nicht gesendet: {detail}</translation>
    </message>
    <message>
        <source>Not stored: asked when needed and kept only while ERD Studio runs.</source>
        <translation>Nicht gespeichert: wird bei Bedarf abgefragt und nur behalten, solange ERD Studio läuft.</translation>
    </message>
    <message>
        <source>Plain http would send the token unencrypted. Use https://, or, if this postbox is on a trusted network, allow plain http for this profile explicitly.</source>
        <translation>Mit einfachem http würde das Token unverschlüsselt gesendet. Verwenden Sie https:// oder erlauben Sie einfaches http ausdrücklich für dieses Profil, wenn die Postbox in einem vertrauenswürdigen Netz steht.</translation>
    </message>
    <message>
        <source>Plain http: the token travels unencrypted over the network.</source>
        <translation>Einfaches http: Das Token geht unverschlüsselt über das Netzwerk.</translation>
    </message>
    <message>
        <source>See the answer below.</source>
        <translation>Siehe die Antwort unten.</translation>
    </message>
    <message>
        <source>Send a test issue to see the entity it creates.</source>
        <translation>Senden Sie eine Testmeldung, um zu sehen, was daraus angelegt wird.</translation>
    </message>
    <message>
        <source>Send fewer records or shorter texts.</source>
        <translation>Senden Sie weniger Datensätze oder kürzere Texte.</translation>
    </message>
    <message>
        <source>Set the profile's token again: copy it from the postbox's settings.</source>
        <translation>Hinterlegen Sie das Token des Profils erneut: Kopieren Sie es aus den Einstellungen der Postbox.</translation>
    </message>
    <message>
        <source>TLS verification is off: anyone between you and the postbox could pose as it and read the token. Turn it back on, or give the CA bundle of your postbox instead.</source>
        <translation>Die TLS-Prüfung ist ausgeschaltet: Jeder zwischen Ihnen und der Postbox könnte sich als Postbox ausgeben und das Token mitlesen. Schalten Sie sie wieder ein oder geben Sie stattdessen das CA-Bundle Ihrer Postbox an.</translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist; choose the PEM file of your CA.</source>
        <translation>Das CA-Bundle {path} existiert nicht; wählen Sie die PEM-Datei Ihrer Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The URL "{url}" has no scheme; start it with https:// (for example https://{url}).</source>
        <translation>Die URL „{url}“ hat kein Schema; beginnen Sie sie mit https:// (zum Beispiel https://{url}).</translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Remove it: the token is kept in the keychain, and a password in a URL would be stored and shown in plain text.</source>
        <translation>Die URL enthält einen Benutzernamen oder ein Passwort. Entfernen Sie es: Das Token liegt im Schlüsselbund, und ein Passwort in einer URL würde im Klartext gespeichert und angezeigt.</translation>
    </message>
    <message>
        <source>The URL has no host name after the scheme.</source>
        <translation>Die URL hat nach dem Schema keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The URL is not well formed (check the port number and brackets).</source>
        <translation>Die URL ist nicht wohlgeformt (prüfen Sie Portnummer und Klammern).</translation>
    </message>
    <message>
        <source>The URL must start with https:// (not {scheme}://).</source>
        <translation>Die URL muss mit https:// beginnen (nicht mit {scheme}://).</translation>
    </message>
    <message>
        <source>The answer ({status} {reason}) is not JSON but {what}: this URL is probably not a postbox's create endpoint, or a proxy or login page answered instead.</source>
        <translation>Die Antwort ({status} {reason}) ist kein JSON, sondern {what}: Diese URL ist vermutlich nicht der Anlage-Endpunkt einer Postbox, oder statt ihrer hat ein Proxy oder eine Anmeldeseite geantwortet.</translation>
    </message>
    <message>
        <source>The connection failed: {detail}.</source>
        <translation>Die Verbindung ist fehlgeschlagen: {detail}.</translation>
    </message>
    <message>
        <source>The issue may still have been created: check the postbox before sending again, or raise the profile's timeout.</source>
        <translation>Die CIP-Meldung wurde möglicherweise trotzdem angelegt: Prüfen Sie die Postbox, bevor Sie erneut senden, oder erhöhen Sie das Zeitlimit des Profils.</translation>
    </message>
    <message>
        <source>The keychain could not be opened ({kind}); could not {what}.</source>
        <translation>Der Schlüsselbund ließ sich nicht öffnen ({kind}); „{what}“ war nicht möglich.</translation>
    </message>
    <message>
        <source>The keychain did not answer within {seconds} s while trying to {what}. It may be waiting for you to unlock it: unlock the keychain (your login password) and try again.</source>
        <translation>Der Schlüsselbund hat beim Versuch „{what}“ nicht innerhalb von {seconds} s geantwortet. Vielleicht wartet er darauf, entsperrt zu werden: Entsperren Sie den Schlüsselbund (Ihr Anmeldepasswort) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed to {what} ({kind}). Try again, or enter the token each time.</source>
        <translation>Der Schlüsselbund konnte „{what}“ nicht ausführen ({kind}). Versuchen Sie es erneut oder geben Sie das Token jedes Mal ein.</translation>
    </message>
    <message>
        <source>The keychain is locked, so ERD Studio could not {what}. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher konnte ERD Studio „{what}“ nicht ausführen. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain's unlock prompt was dismissed, so ERD Studio could not {what}. Try again and unlock it.</source>
        <translation>Die Abfrage zum Entsperren des Schlüsselbunds wurde geschlossen, daher konnte ERD Studio „{what}“ nicht ausführen. Versuchen Sie es erneut und entsperren Sie ihn.</translation>
    </message>
    <message>
        <source>The payload is nested too deeply to check; a record needs about 4 levels.</source>
        <translation>Die Nutzdaten sind zu tief verschachtelt, um sie zu prüfen; ein Datensatz braucht etwa 4 Ebenen.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON (line {line}, column {column}): {reason}.</source>
        <translation>Die Nutzdaten sind kein gültiges JSON (Zeile {line}, Spalte {column}): {reason}.</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: {reason}.</source>
        <translation>Die Nutzdaten sind kein gültiges JSON: {reason}.</translation>
    </message>
    <message>
        <source>The payload is too large for the postbox (413).</source>
        <translation>Die Nutzdaten sind zu groß für die Postbox (413).</translation>
    </message>
    <message>
        <source>The postbox accepted the connection but gave no answer in time ({detail}).</source>
        <translation>Die Postbox hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet ({detail}).</translation>
    </message>
    <message>
        <source>The postbox already received a record with this id (409); nothing new was created.</source>
        <translation>Die Postbox hat schon einen Datensatz mit dieser ID erhalten (409); es wurde nichts Neues angelegt.</translation>
    </message>
    <message>
        <source>The postbox answered {status} {reason}.</source>
        <translation>Die Postbox hat mit {status} {reason} geantwortet.</translation>
    </message>
    <message>
        <source>The postbox asks to slow down (429).</source>
        <translation>Die Postbox bittet, langsamer zu senden (429).</translation>
    </message>
    <message>
        <source>The postbox did not accept the body as JSON (415).</source>
        <translation>Die Postbox hat den Inhalt nicht als JSON angenommen (415).</translation>
    </message>
    <message>
        <source>The postbox failed with a server error ({status}).</source>
        <translation>Die Postbox ist mit einem Serverfehler gescheitert ({status}).</translation>
    </message>
    <message>
        <source>The postbox profiles file {path} is damaged and was left as it is. Move it aside (ERD Studio then starts with no profiles) or repair the JSON.</source>
        <translation>Die Datei mit den Postbox-Profilen {path} ist beschädigt und wurde unverändert gelassen. Verschieben Sie sie (ERD Studio startet dann ohne Profile) oder reparieren Sie das JSON.</translation>
    </message>
    <message>
        <source>The postbox profiles in {path} cannot be read: {reason}.</source>
        <translation>Die Postbox-Profile in {path} können nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The postbox redirected the request ({status}) to {location}; ERD Studio did not follow it.</source>
        <translation>Die Postbox hat die Anfrage weitergeleitet ({status}) an {location}; ERD Studio ist der Weiterleitung nicht gefolgt.</translation>
    </message>
    <message>
        <source>The postbox rejected the token (401).</source>
        <translation>Die Postbox hat das Token abgelehnt (401).</translation>
    </message>
    <message>
        <source>The postbox says the record does not satisfy the ERD (422).</source>
        <translation>Laut Postbox erfüllt der Datensatz die ERD nicht (422).</translation>
    </message>
    <message>
        <source>The postbox's certificate was not accepted ({detail}).</source>
        <translation>Das Zertifikat der Postbox wurde nicht akzeptiert ({detail}).</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The proxy URL "{url}" has no scheme; start it with http://.</source>
        <translation>Die Proxy-URL „{url}“ hat kein Schema; beginnen Sie sie mit http://.</translation>
    </message>
    <message>
        <source>The proxy URL contains a user name or password; it would be stored in plain text. Remove it.</source>
        <translation>Die Proxy-URL enthält einen Benutzernamen oder ein Passwort; es würde im Klartext gespeichert. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The proxy URL has no host name.</source>
        <translation>Die Proxy-URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The proxy URL is not well formed (check the port number and brackets).</source>
        <translation>Die Proxy-URL ist nicht wohlgeformt (prüfen Sie Portnummer und Klammern).</translation>
    </message>
    <message>
        <source>The proxy URL must start with http:// or https://.</source>
        <translation>Die Proxy-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The proxy did not pass the request on ({detail}).</source>
        <translation>Der Proxy hat die Anfrage nicht weitergegeben ({detail}).</translation>
    </message>
    <message>
        <source>The proxy setting must be one of {choices}.</source>
        <translation>Die Proxy-Einstellung muss eine der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>The request may already have reached the postbox; check there before sending the same record again.</source>
        <translation>Die Anfrage hat die Postbox womöglich schon erreicht; prüfen Sie dort nach, bevor Sie denselben Datensatz erneut senden.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The token contains characters that cannot be sent in an HTTP header; paste only the token itself.</source>
        <translation>Das Token enthält Zeichen, die in einem HTTP-Header nicht gesendet werden können; fügen Sie nur das Token selbst ein.</translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks; paste only the token itself.</source>
        <translation>Das Token enthält Leerzeichen oder Zeilenumbrüche; fügen Sie nur das Token selbst ein.</translation>
    </message>
    <message>
        <source>The token file {path} cannot be read: {reason}.</source>
        <translation>Die Token-Datei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The token is empty; paste the postbox's API token.</source>
        <translation>Das Token ist leer; fügen Sie das API-Token der Postbox ein.</translation>
    </message>
    <message>
        <source>The token is valid but not for this postbox (403).</source>
        <translation>Das Token ist gültig, aber nicht für diese Postbox (403).</translation>
    </message>
    <message>
        <source>The token storage must be one of {choices}.</source>
        <translation>Die Token-Ablage muss eine der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>There is no postbox profile "{name}" (profiles: {names}).</source>
        <translation>Es gibt kein Postbox-Profil „{name}“ (Profile: {names}).</translation>
    </message>
    <message>
        <source>This is a client problem; please report it.</source>
        <translation>Das ist ein Problem des Clients; bitte melden Sie es.</translation>
    </message>
    <message>
        <source>This is not caused by your ERD; try again later, and tell the postbox's operator if it persists.</source>
        <translation>Das liegt nicht an Ihrer ERD; versuchen Sie es später erneut und informieren Sie den Betreiber der Postbox, wenn es anhält.</translation>
    </message>
    <message>
        <source>Unknown host: {detail}.</source>
        <translation>Unbekannter Host: {detail}.</translation>
    </message>
    <message>
        <source>Use the token that belongs to this postbox, or the URL of the postbox this token was made for.</source>
        <translation>Verwenden Sie das Token dieser Postbox oder die URL der Postbox, für die dieses Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Wait {retry} before sending again.</source>
        <translation>Warten Sie {retry}, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>a YouTrack workflow rule that sends matching issues</source>
        <translation>eine YouTrack-Workflow-Regel, die passende Issues sendet</translation>
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
        <source>a curl command that sends the sample to the postbox</source>
        <translation>ein curl-Befehl, der das Beispiel an die Postbox sendet</translation>
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
        <source>a default needs a lookup table</source>
        <translation>ein Standardwert braucht eine Umsetzungstabelle</translation>
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
        <source>a lookup table and its default go only with a source field</source>
        <translation>eine Umsetzungstabelle und ihr Standardwert gehören nur zu einem Quellfeld</translation>
    </message>
    <message>
        <source>a mapping needs exactly one of source, constant or template</source>
        <translation>eine Zuordnung braucht genau eines von source, constant oder template</translation>
    </message>
    <message>
        <source>a mapping takes exactly one of a source field, a constant or a template</source>
        <translation>eine Zuordnung hat genau eines von: Quellfeld, Konstante oder Vorlage</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a readable description for audit documentation</source>
        <translation>eine lesbare Beschreibung für die Audit-Dokumentation</translation>
    </message>
    <message>
        <source>a record must be an object {{"id": …, "attributes": {{…}}}}</source>
        <translation>ein Datensatz muss ein Objekt {{"id": …, "attributes": {{…}}}} sein</translation>
    </message>
    <message>
        <source>a sample request body with one example record</source>
        <translation>ein Beispiel-Anfrageinhalt mit einem Beispieldatensatz</translation>
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
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
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
        <source>cannot move field {number} to position {to}</source>
        <translation>Feld {number} kann nicht an Position {to} verschoben werden</translation>
    </message>
    <message>
        <source>cannot read the profile {path}: {reason}</source>
        <translation>das Profil {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>constant {value}</source>
        <translation>Konstante {value}</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>expected a key in double quotes (is there a trailing comma?)</source>
        <translation>hier wird ein Schlüssel in doppelten Anführungszeichen erwartet (steht ein Komma zu viel da?)</translation>
    </message>
    <message>
        <source>field {key}</source>
        <translation>Feld {key}</translation>
    </message>
    <message>
        <source>field {source}</source>
        <translation>Feld {source}</translation>
    </message>
    <message>
        <source>filled from</source>
        <translation>befüllt aus</translation>
    </message>
    <message>
        <source>find the keychain</source>
        <translation>Schlüsselbund suchen</translation>
    </message>
    <message>
        <source>it must match {pattern}</source>
        <translation>er muss zu {pattern} passen</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>mapping {target}</source>
        <translation>Zuordnung {target}</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no connection to {host} within {seconds} s</source>
        <translation>keine Verbindung zu {host} innerhalb von {seconds} s</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>wird nicht gesendet</translation>
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
        <source>only a mapping from a source field can have a lookup table</source>
        <translation>nur eine Zuordnung aus einem Quellfeld kann eine Umsetzungstabelle haben</translation>
    </message>
    <message>
        <source>otherwise {default}</source>
        <translation>sonst {default}</translation>
    </message>
    <message>
        <source>proxy error: {words}</source>
        <translation>Proxy-Fehler: {words}</translation>
    </message>
    <message>
        <source>read the token</source>
        <translation>Token lesen</translation>
    </message>
    <message>
        <source>remove the token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>some values of the field "{key}" are not allowed values of "{target}"; add a lookup table that translates them</source>
        <translation>einige Werte des Felds „{key}“ sind für „{target}“ nicht erlaubt; legen Sie eine Umsetzungstabelle an, die sie übersetzt</translation>
    </message>
    <message>
        <source>store the token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <source>target attribute</source>
        <translation>Zielattribut</translation>
    </message>
    <message>
        <source>template {text}</source>
        <translation>Vorlage {text}</translation>
    </message>
    <message>
        <source>the ERD already has a field with this key</source>
        <translation>die ERD hat schon ein Feld mit diesem Schlüssel</translation>
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
        <source>the URL cannot be used: {words}</source>
        <translation>die URL ist nicht verwendbar: {words}</translation>
    </message>
    <message>
        <source>the attribute "{key}" is filled differently in both ERDs</source>
        <translation>das Attribut „{key}“ wird in beiden ERDs unterschiedlich gefüllt</translation>
    </message>
    <message>
        <source>the attribute "{target}" is already filled by mapping {n}; remove one of them</source>
        <translation>das Attribut „{target}“ wird schon von Zuordnung {n} gefüllt; entfernen Sie eine der beiden</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>der Inhalt</translation>
    </message>
    <message>
        <source>the body has no "data"; send {{"data": [ {{record}}, … ]}}</source>
        <translation>der Inhalt hat kein „data“; senden Sie {{"data": [ {{Datensatz}}, … ]}}</translation>
    </message>
    <message>
        <source>the body must be an object {{"data": [ … ]}}</source>
        <translation>der Inhalt muss ein Objekt {{"data": [ … ]}} sein</translation>
    </message>
    <message>
        <source>the canonical ERD file (for the ISMS and version control)</source>
        <translation>die kanonische ERD-Datei (für das ISMS und die Versionsverwaltung)</translation>
    </message>
    <message>
        <source>the constant</source>
        <translation>die Konstante</translation>
    </message>
    <message>
        <source>the constant "{raw}" for the field "{key}" is not {type}</source>
        <translation>die Konstante „{raw}“ für das Feld „{key}“ ist nicht vom Typ {type}</translation>
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
        <translation>das Feld „{key}“ hat keine Höchstlänge, aber „{target}“ nimmt höchstens {limit} an; setzen Sie die Höchstlänge (maxLength)</translation>
    </message>
    <message>
        <source>the field "{key}" is defined differently in both ERDs</source>
        <translation>das Feld „{key}“ ist in beiden ERDs unterschiedlich definiert</translation>
    </message>
    <message>
        <source>the field "{key}" is sent but no mapping uses it</source>
        <translation>das Feld „{key}“ wird gesendet, aber keine Zuordnung verwendet es</translation>
    </message>
    <message>
        <source>the field "{key}" may hold {n} characters, but "{target}" accepts at most {limit}; set a maxLength</source>
        <translation>das Feld „{key}“ kann {n} Zeichen enthalten, aber „{target}“ nimmt höchstens {limit} an; setzen Sie die Höchstlänge (maxLength)</translation>
    </message>
    <message>
        <source>the field "{key}": {problem}</source>
        <translation>das Feld „{key}“: {problem}</translation>
    </message>
    <message>
        <source>the field "{name}" is missing, but the template for "{target}" uses it</source>
        <translation>das Feld „{name}“ fehlt, wird aber von der Vorlage für „{target}“ verwendet</translation>
    </message>
    <message>
        <source>the field "{source}"</source>
        <translation>das Feld „{source}“</translation>
    </message>
    <message>
        <source>the field "{source}" is "{value}", which the lookup for "{key}" does not list ({listed}) and there is no default</source>
        <translation>das Feld „{source}“ hat den Wert „{value}“, den die Umsetzungstabelle für „{key}“ nicht enthält ({listed}), und es gibt keinen Standardwert</translation>
    </message>
    <message>
        <source>the field "{source}" is missing, but it fills the required attribute "{key}"</source>
        <translation>das Feld „{source}“ fehlt, füllt aber das Pflichtattribut „{key}“</translation>
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
        <source>the id "{id}" is used twice in this body (also record {other}); ids must be unique</source>
        <translation>die ID „{id}“ kommt in diesem Inhalt doppelt vor (auch Datensatz {other}); IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>the issue's ID (e.g. OPS-12)</source>
        <translation>die ID des Issues (z. B. OPS-12)</translation>
    </message>
    <message>
        <source>the issue's URL</source>
        <translation>die URL des Issues</translation>
    </message>
    <message>
        <source>the issue's description</source>
        <translation>die Beschreibung des Issues</translation>
    </message>
    <message>
        <source>the issue's summary</source>
        <translation>die Zusammenfassung des Issues</translation>
    </message>
    <message>
        <source>the key "{key}" appears twice in the same object; keep only one</source>
        <translation>der Schlüssel „{key}“ kommt im selben Objekt zweimal vor; behalten Sie nur einen</translation>
    </message>
    <message>
        <source>the key "{key}" is already used by field {number}</source>
        <translation>der Schlüssel „{key}“ wird schon von Feld {number} verwendet</translation>
    </message>
    <message>
        <source>the key "{key}" stands for "{path}"</source>
        <translation>der Schlüssel „{key}“ steht für „{path}“</translation>
    </message>
    <message>
        <source>the lookup default</source>
        <translation>der Standardwert der Umsetzungstabelle</translation>
    </message>
    <message>
        <source>the lookup does not list {values} of field "{key}" and has no default; add the missing values or a default</source>
        <translation>die Umsetzungstabelle enthält {values} des Felds „{key}“ nicht und hat keinen Standardwert; ergänzen Sie die fehlenden Werte oder einen Standardwert</translation>
    </message>
    <message>
        <source>the mapping needs one of source/constant/template</source>
        <translation>die Zuordnung braucht eines von Quelle/Konstante/Vorlage</translation>
    </message>
    <message>
        <source>the name {host} could not be resolved</source>
        <translation>der Name {host} konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the other ERD targets "{theirs}", this one "{mine}"; check that its mappings fit</source>
        <translation>die andere ERD zielt auf „{theirs}“, diese auf „{mine}“; prüfen Sie, ob ihre Zuordnungen passen</translation>
    </message>
    <message>
        <source>the postbox URL {url} contains spaces or control characters; a URL cannot</source>
        <translation>die Postbox-URL {url} enthält Leer- oder Steuerzeichen; das ist in einer URL nicht möglich</translation>
    </message>
    <message>
        <source>the postbox URL {url} must start with http:// or https:// and name a host</source>
        <translation>die Postbox-URL {url} muss mit http:// oder https:// beginnen und einen Host nennen</translation>
    </message>
    <message>
        <source>the profile {path} is not valid JSON: {reason}</source>
        <translation>das Profil {path} ist kein gültiges JSON: {reason}</translation>
    </message>
    <message>
        <source>the project's name</source>
        <translation>der Name des Projekts</translation>
    </message>
    <message>
        <source>the property "{key}" is missing from the document</source>
        <translation>die Eigenschaft „{key}“ fehlt im Dokument</translation>
    </message>
    <message>
        <source>the record "id" must be a non-empty text, e.g. "OPS-12"</source>
        <translation>die „id“ des Datensatzes muss ein nicht leerer Text sein, z. B. „OPS-12“</translation>
    </message>
    <message>
        <source>the record "type" must be a text when it is sent</source>
        <translation>der „type“ des Datensatzes muss ein Text sein, wenn er gesendet wird</translation>
    </message>
    <message>
        <source>the record has no "attributes" object</source>
        <translation>der Datensatz hat kein „attributes“-Objekt</translation>
    </message>
    <message>
        <source>the record has no "id"; send the ticket id, e.g. "OPS-12"</source>
        <translation>der Datensatz hat keine „id“; senden Sie die Ticket-ID, z. B. „OPS-12“</translation>
    </message>
    <message>
        <source>the record is nested too deeply</source>
        <translation>der Datensatz ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the reporter's e-mail address</source>
        <translation>die E-Mail-Adresse des Melders</translation>
    </message>
    <message>
        <source>the reporter's full name</source>
        <translation>der vollständige Name des Melders</translation>
    </message>
    <message>
        <source>the reporter's login</source>
        <translation>der Anmeldename des Melders</translation>
    </message>
    <message>
        <source>the required attribute "{key}" is not filled by any mapping</source>
        <translation>das Pflichtattribut „{key}“ wird von keiner Zuordnung gefüllt</translation>
    </message>
    <message>
        <source>the required field "{key}" is missing</source>
        <translation>das Pflichtfeld „{key}“ fehlt</translation>
    </message>
    <message>
        <source>the sample is empty; paste a JSON object such as a ticket from your tracker's API</source>
        <translation>das Beispiel ist leer; fügen Sie ein JSON-Objekt ein, etwa ein Ticket aus der API Ihres Trackers</translation>
    </message>
    <message>
        <source>the sample is nested too deeply; paste one ticket as a JSON object</source>
        <translation>das Beispiel ist zu tief verschachtelt; fügen Sie ein Ticket als JSON-Objekt ein</translation>
    </message>
    <message>
        <source>the sample is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>das Beispiel ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>the sample must be a JSON object {{…}} with the ticket's properties, not a single value</source>
        <translation>das Beispiel muss ein JSON-Objekt {{…}} mit den Eigenschaften des Tickets sein, kein einzelner Wert</translation>
    </message>
    <message>
        <source>the sample value is null, so the type is a guess</source>
        <translation>der Beispielwert ist null, daher ist der Typ nur geraten</translation>
    </message>
    <message>
        <source>the settings.json that gives the YouTrack workflow its postbox token</source>
        <translation>die settings.json, die dem YouTrack-Workflow sein Postbox-Token gibt</translation>
    </message>
    <message>
        <source>the target profile "{target}" is not known</source>
        <translation>das Zielprofil „{target}“ ist nicht bekannt</translation>
    </message>
    <message>
        <source>the template uses {{{name}}}, but there is no such field</source>
        <translation>die Vorlage verwendet {{{name}}}, aber ein solches Feld gibt es nicht</translation>
    </message>
    <message>
        <source>the template's text</source>
        <translation>der Text der Vorlage</translation>
    </message>
    <message>
        <source>there is no field number {number}</source>
        <translation>es gibt kein Feld Nummer {number}</translation>
    </message>
    <message>
        <source>there is no mapping number {number}</source>
        <translation>es gibt keine Zuordnung Nummer {number}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>unknown export format "{name}"; use one of: {choices}</source>
        <translation>unbekanntes Exportformat „{name}“; verwenden Sie eines von: {choices}</translation>
    </message>
    <message>
        <source>until {value}</source>
        <translation>bis {value}</translation>
    </message>
    <message>
        <source>values: {values}</source>
        <translation>Werte: {values}</translation>
    </message>
    <message>
        <source>via lookup ({pairs})</source>
        <translation>über Umsetzungstabelle ({pairs})</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>when the issue was created</source>
        <translation>wann das Issue angelegt wurde</translation>
    </message>
    <message>
        <source>when the issue was last updated</source>
        <translation>wann das Issue zuletzt geändert wurde</translation>
    </message>
    <message>
        <source>where (JSON pointer)</source>
        <translation>Stelle (JSON-Pointer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s).</source>
        <translation>{errors} Fehler, {warnings} Warnung(en).</translation>
    </message>
    <message>
        <source>{host} refused the connection on port {port}</source>
        <translation>{host} hat die Verbindung auf Port {port} abgelehnt</translation>
    </message>
    <message>
        <source>{host} sent no answer within {seconds} s</source>
        <translation>{host} hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <source>{host}: {reason}</source>
        <translation>{host}: {reason}</translation>
    </message>
    <message>
        <source>{origin} is not a valid target profile: {reason} (at {where})</source>
        <translation>{origin} ist kein gültiges Zielprofil: {reason} (bei {where})</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied</source>
        <translation>{path} kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder, not an ERD file</source>
        <translation>{path} ist ein Ordner, keine ERD-Datei</translation>
    </message>
    <message>
        <source>{path} is too large to be an ERD ({size} MB; the limit is 64 MB)</source>
        <translation>{path} ist zu groß für eine ERD ({size} MB; die Grenze liegt bei 64 MB)</translation>
    </message>
    <message>
        <source>{path}: a list; an ERD field holds one value, not a list</source>
        <translation>{path}: eine Liste; ein ERD-Feld enthält einen Wert, keine Liste</translation>
    </message>
    <message>
        <source>{path}: an empty object</source>
        <translation>{path}: ein leeres Objekt</translation>
    </message>
    <message>
        <source>{path}: an object nested more than one level deep; map one of its values by hand</source>
        <translation>{path}: ein mehr als eine Ebene tief verschachteltes Objekt; ordnen Sie einen seiner Werte von Hand zu</translation>
    </message>
    <message>
        <source>{path}: no valid field key can be made from this name</source>
        <translation>{path}: aus diesem Namen lässt sich kein gültiger Feldschlüssel bilden</translation>
    </message>
    <message>
        <source>{value} seconds</source>
        <translation>{value} Sekunden</translation>
    </message>
    <message>
        <source>{what} cannot fill "{key}" ({type}): {problem}</source>
        <translation>{what} kann „{key}“ ({type}) nicht füllen: {problem}</translation>
    </message>
    <message>
        <source>{what} is not valid for "{target}": {problem}</source>
        <translation>{what} ist für „{target}“ ungültig: {problem}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>the lookup output for "{value}"</source>
        <translation>der Zielwert für „{value}“</translation>
    </message>
    <message>
        <source>"attributes" must be an object {{…}}</source>
        <translation>„attributes“ muss ein Objekt {{…}} sein</translation>
    </message>
    <message>
        <source>"data" is empty; send at least one record</source>
        <translation>„data“ ist leer; senden Sie mindestens einen Datensatz</translation>
    </message>
    <message>
        <source>"data" must be a list of records [ … ]</source>
        <translation>„data“ muss eine Liste von Datensätzen [ … ] sein</translation>
    </message>
    <message>
        <source>Change the record's id in the payload and send again.</source>
        <translation>Ändern Sie die ID des Datensatzes in den Nutzdaten und senden Sie erneut.</translation>
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
        <translation>{value} ist kein gültiger Wert, erwartet wird {kind}</translation>
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
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The exact text that Save writes</source>
        <translation>Genau der Text, den „Speichern“ schreibt</translation>
    </message>
    <message>
        <source>Export &amp;anyway (the ERD has errors)</source>
        <translation>&amp;Trotzdem exportieren (die ERD hat Fehler)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Postbox</source>
        <translation>Postbox</translation>
    </message>
    <message>
        <source>Postbox profile</source>
        <translation>Postbox-Profil</translation>
    </message>
    <message>
        <source>(type a URL)</source>
        <translation>(URL eingeben)</translation>
    </message>
    <message>
        <source>Postbox URL</source>
        <translation>Postbox-URL</translation>
    </message>
    <message>
        <source>Sample record id</source>
        <translation>Beispiel-Datensatz-ID</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Sample &amp;record id:</source>
        <translation>&amp;Beispiel-Datensatz-ID:</translation>
    </message>
    <message>
        <source>YouTrack workflow</source>
        <translation>YouTrack-Workflow</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language of the description</source>
        <translation>Sprache der Beschreibung</translation>
    </message>
    <message>
        <source>The language of the headings, table headers and notes. The ERD's own keys, labels and descriptions stay as written.</source>
        <translation>Die Sprache der Überschriften, Tabellenköpfe und Hinweise. Die Schlüssel, Bezeichnungen und Beschreibungen der ERD bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The ERD source has a JSON error (see Problems); fix it before exporting.</source>
        <translation>Der ERD-Quelltext enthält einen JSON-Fehler (siehe Probleme); beheben Sie ihn vor dem Export.</translation>
    </message>
    <message>
        <source>The ERD has {count} error(s) (see Problems), so an export would not work as intended. Fix them, or tick “Export anyway”.</source>
        <translation>Die ERD hat {count} Fehler (siehe Probleme), daher würde ein Export nicht wie vorgesehen funktionieren. Beheben Sie sie oder wählen Sie „Trotzdem exportieren“.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name to save into it.</source>
        <translation>{path} ist ein Ordner: Ergänzen Sie einen Dateinamen, um darin zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: {path} is unchanged.</source>
        <translation>Nicht gespeichert: {path} bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}. Choose another folder.</source>
        <translation>{path} konnte nicht gespeichert werden: {error}. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>{name} is the ERD open in this window, so the export does not replace it.</source>
        <translation>{name} ist die ERD, die in diesem Fenster geöffnet ist; der Export ersetzt sie deshalb nicht.</translation>
    </message>
    <message>
        <source>Use File → Save to save the ERD itself, or choose another file name for the export.</source>
        <translation>Speichern Sie die ERD selbst mit Datei → Speichern, oder wählen Sie für den Export einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it with this export?</source>
        <translation>{name} gibt es in {folder} schon. Soll der Export sie ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep the file</source>
        <translation>Datei &amp;behalten</translation>
    </message>
    <message>
        <source>It is an ERD file: its content is lost if you replace it.</source>
        <translation>Es ist eine ERD-Datei: Ihr Inhalt geht verloren, wenn Sie sie ersetzen.</translation>
    </message>
    <message>
        <source>Its current content is lost if you replace it.</source>
        <translation>Ihr bisheriger Inhalt geht verloren, wenn Sie sie ersetzen.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Import Fields from &amp;Sample…</source>
        <translation>Felder aus Beis&amp;piel importieren…</translation>
    </message>
    <message>
        <source>Import from &amp;ERD…</source>
        <translation>Aus E&amp;RD importieren…</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>(not an object)</source>
        <translation>(kein Objekt)</translation>
    </message>
    <message>
        <source>Field {key}</source>
        <translation>Feld {key}</translation>
    </message>
    <message>
        <source>Make {key} required</source>
        <translation>{key} zum Pflichtfeld machen</translation>
    </message>
    <message>
        <source>Make {key} optional</source>
        <translation>{key} optional machen</translation>
    </message>
    <message>
        <source>Rename field {key} to {new}</source>
        <translation>Feld {key} in {new} umbenennen</translation>
    </message>
    <message>
        <source>"{value}" is not a field type; use one of: {types}</source>
        <translation>„{value}“ ist kein Feldtyp; verwenden Sie einen von: {types}</translation>
    </message>
    <message>
        <source>Set {property} of {key}</source>
        <translation>{property} von {key} setzen</translation>
    </message>
    <message>
        <source>Move field</source>
        <translation>Feld verschieben</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>Felder filtern…</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>Show only the fields whose key or label contains this text</source>
        <translation>Nur die Felder zeigen, deren Schlüssel oder Bezeichnung diesen Text enthält</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>The ERD's fields: key, label, type, required. Alt+Up and Alt+Down move the selected field.</source>
        <translation>Die Felder der ERD: Schlüssel, Bezeichnung, Typ, Pflichtfeld. Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben das ausgewählte Feld.</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add a field after the selected one</source>
        <translation>Ein Feld nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate field</source>
        <translation>Feld duplizieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected field</source>
        <translation>Das ausgewählte Feld duplizieren</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Feld löschen</translation>
    </message>
    <message>
        <source>Delete the selected field</source>
        <translation>Das ausgewählte Feld löschen</translation>
    </message>
    <message>
        <source>Move field up</source>
        <translation>Feld nach oben</translation>
    </message>
    <message>
        <source>Move the selected field up</source>
        <translation>Das ausgewählte Feld nach oben verschieben</translation>
    </message>
    <message>
        <source>Move field down</source>
        <translation>Feld nach unten</translation>
    </message>
    <message>
        <source>Move the selected field down</source>
        <translation>Das ausgewählte Feld nach unten verschieben</translation>
    </message>
    <message>
        <source>Move field</source>
        <translation>Feld verschieben</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>ERD files ({patterns});;All files ({all})</source>
        <translation>ERD-Dateien ({patterns});;Alle Dateien ({all})</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>New document from the example “{name}”.</source>
        <translation>Neues Dokument aus dem Beispiel „{name}“.</translation>
    </message>
    <message>
        <source>Open ERD</source>
        <translation>ERD öffnen</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Large file ({size} MB): an ERD is usually a few KB. Checking runs only when you press F5, so typing never waits for it.</source>
        <translation>Große Datei ({size} MB): Eine ERD hat meist nur wenige KB. Die Prüfung läuft nur, wenn Sie F5 drücken, damit das Tippen nie darauf wartet.</translation>
    </message>
    <message>
        <source>Not a text file</source>
        <translation>Keine Textdatei</translation>
    </message>
    <message>
        <source>“{name}” is not a text file, so it cannot be an ERD.</source>
        <translation>„{name}“ ist keine Textdatei und kann daher keine ERD sein.</translation>
    </message>
    <message>
        <source>It contains binary data (an image or a program, for example). Nothing was opened.</source>
        <translation>Sie enthält Binärdaten (zum Beispiel ein Bild oder ein Programm). Es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Not UTF-8 text</source>
        <translation>Kein UTF-8-Text</translation>
    </message>
    <message>
        <source>“{name}” is UTF-16 text, so ERD Studio does not open it.</source>
        <translation>„{name}“ ist UTF-16-Text, daher öffnet ERD Studio die Datei nicht.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 (in Notepad: Save As, Encoding UTF-8; in PowerShell: Out-File -Encoding utf8) and open it again. Nothing was opened or changed.</source>
        <translation>Speichern Sie sie als UTF-8 (im Editor: Speichern unter, Codierung UTF-8; in PowerShell: Out-File -Encoding utf8) und öffnen Sie sie erneut. Es wurde nichts geöffnet oder geändert.</translation>
    </message>
    <message>
        <source>“{name}” is not a UTF-8 text file, so ERD Studio does not open it.</source>
        <translation>„{name}“ ist keine UTF-8-Textdatei, daher öffnet ERD Studio sie nicht.</translation>
    </message>
    <message>
        <source>{reason}. Nothing was opened or changed.</source>
        <translation>{reason}. Es wurde nichts geöffnet oder geändert.</translation>
    </message>
    <message>
        <source>Recovered unsaved work from the last session. Save it to keep it.</source>
        <translation>Ungespeicherte Arbeit der letzten Sitzung wiederhergestellt. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Save ERD as</source>
        <translation>ERD speichern unter</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since it was opened here.</source>
        <translation>„{name}“ wurde von einem anderen Programm geändert, seit sie hier geöffnet wurde.</translation>
    </message>
    <message>
        <source>Save overwrites those changes with the text shown here. Cancel keeps both as they are.</source>
        <translation>„Speichern“ überschreibt diese Änderungen mit dem hier angezeigten Text. „Abbrechen“ lässt beides unverändert.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {reason}.</source>
        <translation>„{path}“ konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Your changes are still here and not saved. Use Save As to choose another folder.</source>
        <translation>Ihre Änderungen sind noch hier und nicht gespeichert. Wählen Sie mit „Speichern unter“ einen anderen Ordner.</translation>
    </message>
    <message>
        <source>“{name}” was deleted or moved on disk. Your text is still here: Save writes it again.</source>
        <translation>„{name}“ wurde auf dem Datenträger gelöscht oder verschoben. Ihr Text ist noch hier: „Speichern“ schreibt ihn erneut.</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program. Saving will ask before overwriting.</source>
        <translation>„{name}“ wurde auf dem Datenträger von einem anderen Programm geändert. Beim Speichern werden Sie vor dem Überschreiben gefragt.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>permission denied (the folder or file is read-only)</source>
        <translation>Zugriff verweigert (der Ordner oder die Datei ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>wrapped around</source>
        <translation>am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Replace {count} × “{needle}”</source>
        <translation>{count} × „{needle}“ ersetzen</translation>
    </message>
    <message>
        <source>{count} replaced</source>
        <translation>{count} ersetzt</translation>
    </message>
</context>
<context>
    <name>HttpStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Content Too Large</source>
        <translation>Inhalt zu groß</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>Unprocessable Entity</source>
        <translation>Inhalt nicht verarbeitbar</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>not a valid regular expression: {error}</source>
        <translation>kein gültiger regulärer Ausdruck: {error}</translation>
    </message>
    <message>
        <source>an enum needs at least one value</source>
        <translation>eine Aufzählung braucht mindestens einen Wert</translation>
    </message>
    <message>
        <source>values must be unique: {values} is listed twice</source>
        <translation>Werte müssen eindeutig sein: {values} steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>a number, like 10 or 2.5</source>
        <translation>eine Zahl, etwa 10 oder 2.5</translation>
    </message>
    <message>
        <source>Select a field to edit its properties.</source>
        <translation>Wählen Sie ein Feld, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Values (one per line)</source>
        <translation>Werte (einer pro Zeile)</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>Pattern (regex)</source>
        <translation>Muster (regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>(out of date: fix the source first)</source>
        <translation>(veraltet: beheben Sie zuerst den Quelltext)</translation>
    </message>
    <message>
        <source>Field {number}: {key}</source>
        <translation>Feld {number}: {key}</translation>
    </message>
    <message>
        <source>Rename field {key} to {new}</source>
        <translation>Feld {key} in {new} umbenennen</translation>
    </message>
    <message>
        <source>Set {property} of {key}</source>
        <translation>{property} von {key} setzen</translation>
    </message>
    <message>
        <source>Values are checked against {values} when a record is sent; a lookup table maps them safely.</source>
        <translation>Die Werte werden beim Senden eines Datensatzes gegen {values} geprüft; eine Umsetzungstabelle ordnet sie sicher zu.</translation>
    </message>
    <message>
        <source>{field} → {target}: {note}</source>
        <translation>{field} → {target}: {note}</translation>
    </message>
    <message>
        <source>Mapping {number}: {source} → {target}</source>
        <translation>Zuordnung {number}: {source} → {target}</translation>
    </message>
    <message>
        <source>Filled by: {kind}</source>
        <translation>Belegt durch: {kind}</translation>
    </message>
    <message>
        <source>Lookup: {count} values</source>
        <translation>Umsetzungstabelle: {count} Werte</translation>
    </message>
    <message>
        <source>Default: {value}</source>
        <translation>Standardwert: {value}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>The language changes when ERD Studio starts next time.</source>
        <translation>Die Sprache wechselt beim nächsten Start von ERD Studio.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Opening {what}…</source>
        <translation>{what} wird geöffnet …</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Lookup {source} → {target}</source>
        <translation>Umsetzungstabelle {source} → {target}</translation>
    </message>
    <message>
        <source>Source value</source>
        <translation>Quellwert</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Lookup table</source>
        <translation>Umsetzungstabelle</translation>
    </message>
    <message>
        <source>Each row turns a source value into a target value</source>
        <translation>Jede Zeile setzt einen Quellwert in einen Zielwert um</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove lookup</source>
        <translation>Umsetzungstabelle &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Default (for values not listed)</source>
        <translation>&amp;Standardwert (für nicht aufgeführte Werte)</translation>
    </message>
    <message>
        <source>default: {problem}</source>
        <translation>Standardwert: {problem}</translation>
    </message>
    <message>
        <source>✓ every output is valid for the attribute</source>
        <translation>✓ jeder Ausgabewert ist für das Zielattribut gültig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Postbox</source>
        <translation>&amp;Postbox</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Mapping canvas: coming

(edit the ERD in the source view on the right)</source>
        <translation>Zuordnungsfläche: folgt

(bearbeiten Sie die ERD in der Quelltextansicht rechts)</translation>
    </message>
    <message>
        <source>Bottom panels</source>
        <translation>Untere Bereiche</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>{name}{star} — {app}</source>
        <translation>{name}{star} — {app}</translation>
    </message>
</context>
<context>
    <name>MappingActions</name>
    <message>
        <source>Map {field} → {attribute}</source>
        <translation>{field} → {attribute} zuordnen</translation>
    </message>
    <message>
        <source>the field "{field}"</source>
        <translation>das Feld „{field}“</translation>
    </message>
    <message>
        <source>a constant</source>
        <translation>eine Konstante</translation>
    </message>
    <message>
        <source>a template</source>
        <translation>eine Vorlage</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>Replace mapping?</source>
        <translation>Zuordnung ersetzen?</translation>
    </message>
    <message>
        <source>"{attribute}" is already filled by {what}. Replace it with "{field}"?</source>
        <translation>„{attribute}“ wird bereits durch {what} belegt. Durch „{field}“ ersetzen?</translation>
    </message>
    <message>
        <source>Remove lookup of {attribute}</source>
        <translation>Umsetzungstabelle von {attribute} entfernen</translation>
    </message>
    <message>
        <source>Edit lookup of {attribute}</source>
        <translation>Umsetzungstabelle von {attribute} bearbeiten</translation>
    </message>
    <message>
        <source>Remove mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <source>Remove {count} mappings</source>
        <translation>{count} Zuordnungen entfernen</translation>
    </message>
    <message>
        <source>Auto-map {count} attributes</source>
        <translation>{count} Zielattribute automatisch zuordnen</translation>
    </message>
</context>
<context>
    <name>MappingDialogs</name>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>Not valid for {key} ({type}): {problem}</source>
        <translation>Nicht gültig für {key} ({type}): {problem}</translation>
    </message>
    <message>
        <source>Fill {key} with a {kind}</source>
        <translation>{key} mit {kind} belegen</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Cannot do that</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>⚠ The source does not parse, so there is nothing to show here yet. The fields and the mapping appear once the source is fixed.</source>
        <translation>⚠ Der Quelltext lässt sich nicht lesen, daher gibt es hier noch nichts zu zeigen. Felder und Zuordnung erscheinen, sobald der Quelltext behoben ist.</translation>
    </message>
    <message>
        <source>⚠ Out of date: the source does not parse. The graphical side shows the last good state and is read-only until the source is fixed.</source>
        <translation>⚠ Veraltet: Der Quelltext lässt sich nicht lesen. Die grafische Seite zeigt den letzten gültigen Stand und ist schreibgeschützt, bis der Quelltext behoben ist.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Target profile: the entity the postbox creates</source>
        <translation>Zielprofil: die Entität, die die Postbox anlegt</translation>
    </message>
    <message>
        <source>Target profile</source>
        <translation>Zielprofil</translation>
    </message>
    <message>
        <source>The entity the postbox creates from each record</source>
        <translation>Die Entität, die die Postbox aus jedem Datensatz anlegt</translation>
    </message>
    <message>
        <source>Find in mapping</source>
        <translation>In Zuordnung suchen</translation>
    </message>
    <message>
        <source>Highlight fields and attributes whose name contains this text; Enter finds the next</source>
        <translation>Felder und Zielattribute hervorheben, deren Name diesen Text enthält; Eingabe findet das nächste</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zuordnungsfläche</translation>
    </message>
    <message>
        <source>Mapping table</source>
        <translation>Zuordnungstabelle</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom into the mapping canvas</source>
        <translation>Die Zuordnungsfläche vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out of the mapping canvas</source>
        <translation>Die Zuordnungsfläche verkleinern</translation>
    </message>
    <message>
        <source>Fit mapping</source>
        <translation>Zuordnung einpassen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole mapping in the canvas</source>
        <translation>Die ganze Zuordnung auf der Zuordnungsfläche zeigen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find a field or attribute on the canvas</source>
        <translation>Ein Feld oder Zielattribut auf der Zuordnungsfläche suchen</translation>
    </message>
    <message>
        <source>Auto-map by name…</source>
        <translation>Automatisch nach Namen zuordnen…</translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation>Auto-Zuordnung</translation>
    </message>
    <message>
        <source>Map unfilled attributes to fields of the same name (shows a preview first)</source>
        <translation>Nicht belegte Zielattribute gleichnamigen Feldern zuordnen (zeigt zuerst eine Vorschau)</translation>
    </message>
    <message>
        <source>Load target profile…</source>
        <translation>Zielprofil laden…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Load a target profile file (JSON) and make it the target</source>
        <translation>Eine Zielprofil-Datei (JSON) laden und als Ziel verwenden</translation>
    </message>
    <message>
        <source>Show the mapping table: the keyboard way to map</source>
        <translation>Die Zuordnungstabelle zeigen: Zuordnen mit der Tastatur</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>{target} (unknown)</source>
        <translation>{target} (unbekannt)</translation>
    </message>
    <message>
        <source>Target {profile}</source>
        <translation>Ziel {profile}</translation>
    </message>
    <message>
        <source>Target profiles</source>
        <translation>Zielprofile</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Load target profile</source>
        <translation>Zielprofil laden</translation>
    </message>
    <message>
        <source>Cannot load the profile</source>
        <translation>Das Profil kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Choose a target profile file (JSON).</source>
        <translation>Wählen Sie eine Zielprofil-Datei (JSON).</translation>
    </message>
</context>
<context>
    <name>MappingKinds</name>
    <message>
        <source>source</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>MappingScene</name>
    <message>
        <source>lookup (1 value)</source>
        <translation>Tabelle (1 Wert)</translation>
    </message>
    <message>
        <source>lookup ({count} values)</source>
        <translation>Tabelle ({count} Werte)</translation>
    </message>
    <message>
        <source>Double-click to edit the lookup table</source>
        <translation>Doppelklick bearbeitet die Umsetzungstabelle</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Field {key}</source>
        <translation>Feld {key}</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(Pflicht)</translation>
    </message>
    <message>
        <source>any known target profile</source>
        <translation>keinem bekannten Zielprofil</translation>
    </message>
    <message>
        <source>{key}: not an attribute</source>
        <translation>{key}: kein Zielattribut</translation>
    </message>
    <message>
        <source>not in {profile}</source>
        <translation>nicht in {profile}</translation>
    </message>
    <message>
        <source>{key}: not a field</source>
        <translation>{key}: kein Feld</translation>
    </message>
    <message>
        <source>no such field</source>
        <translation>kein solches Feld</translation>
    </message>
    <message>
        <source>{source} → {target} through a lookup of 1 value</source>
        <translation>{source} → {target} über eine Umsetzungstabelle mit 1 Wert</translation>
    </message>
    <message>
        <source>{source} → {target} through a lookup of {count} values</source>
        <translation>{source} → {target} über eine Umsetzungstabelle mit {count} Werten</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Mapping table</source>
        <translation>Zuordnungstabelle</translation>
    </message>
    <message>
        <source>One row per target attribute: what fills it and with which value. Tab moves from cell to cell and leaves the table after the last one. F2 or typing edits a cell, Delete removes the row's mapping, Enter on the Lookup column opens the lookup editor.</source>
        <translation>Eine Zeile je Zielattribut: womit und mit welchem Wert es belegt wird. Tab wechselt von Zelle zu Zelle und verlässt die Tabelle nach der letzten. F2 oder Tippen bearbeitet eine Zelle, Entf entfernt die Zuordnung der Zeile, Eingabe in der Spalte Umsetzungstabelle öffnet deren Editor.</translation>
    </message>
</context>
<context>
    <name>MappingTableModel</name>
    <message>
        <source>Attribute</source>
        <translation>Zielattribut</translation>
    </message>
    <message>
        <source>Filled by</source>
        <translation>Belegt durch</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Umsetzungstabelle</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>not in the target profile</source>
        <translation>nicht im Zielprofil</translation>
    </message>
    <message>
        <source>(not in profile)</source>
        <translation>(nicht im Profil)</translation>
    </message>
    <message>
        <source>{count} values</source>
        <translation>{count} Werte</translation>
    </message>
    <message>
        <source>{count} values, default {default}</source>
        <translation>{count} Werte, Standardwert {default}</translation>
    </message>
    <message>
        <source>Unmap {key}</source>
        <translation>Zuordnung von {key} aufheben</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Andere übernehmen</translation>
    </message>
    <message>
        <source>Rename theirs</source>
        <translation>Andere umbenennen</translation>
    </message>
    <message>
        <source>Import from another ERD</source>
        <translation>Aus einer anderen ERD importieren</translation>
    </message>
    <message>
        <source>the other ERD file</source>
        <translation>die andere ERD-Datei</translation>
    </message>
    <message>
        <source>Other ERD file</source>
        <translation>Andere ERD-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>Was hinzugefügt wird</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Each row shows both definitions; choose in the last column which one to use</source>
        <translation>Jede Zeile zeigt beide Definitionen; wählen Sie in der letzten Spalte, welche verwendet wird</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>meine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>use</source>
        <translation>verwenden</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;What will be added:</source>
        <translation>&amp;Was hinzugefügt wird:</translation>
    </message>
    <message>
        <source>&amp;Conflicts — choose for each:</source>
        <translation>&amp;Konflikte — wählen Sie jeweils:</translation>
    </message>
    <message>
        <source>ERD files</source>
        <translation>ERD-Dateien</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Other ERD</source>
        <translation>Andere ERD</translation>
    </message>
    <message>
        <source>The ERD source has a JSON error (see Problems); fix it before importing.</source>
        <translation>Der ERD-Quelltext enthält einen JSON-Fehler (siehe Probleme); beheben Sie ihn vor dem Import.</translation>
    </message>
    <message>
        <source>{problem}. Choose an ERD file.</source>
        <translation>{problem}. Wählen Sie eine ERD-Datei.</translation>
    </message>
    <message>
        <source>{path} is not a usable ERD (line {line}: {problem}).</source>
        <translation>{path} ist keine verwendbare ERD (Zeile {line}: {problem}).</translation>
    </message>
    <message>
        <source>field {key}</source>
        <translation>Feld {key}</translation>
    </message>
    <message>
        <source>mapping of {attribute}</source>
        <translation>Zuordnung von {attribute}</translation>
    </message>
    <message>
        <source>{what} (already the same, nothing to do)</source>
        <translation>{what} (bereits gleich, nichts zu tun)</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>attribute {key}</source>
        <translation>Zielattribut {key}</translation>
    </message>
    <message>
        <source>Use for {conflict}</source>
        <translation>Verwenden für {conflict}</translation>
    </message>
    <message>
        <source>The other ERD adds nothing: everything it has is already here.</source>
        <translation>Die andere ERD fügt nichts hinzu: Alles, was sie enthält, ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>1 conflict to decide.</source>
        <translation>1 Konflikt zu entscheiden.</translation>
    </message>
    <message>
        <source>{count} conflicts to decide.</source>
        <translation>{count} Konflikte zu entscheiden.</translation>
    </message>
    <message>
        <source>Import from {name}</source>
        <translation>Import aus {name}</translation>
    </message>
</context>
<context>
    <name>PayloadPanel</name>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>The test payload as JSON; it is checked against the ERD as you type</source>
        <translation>Die Test-Nutzdaten als JSON; sie werden während der Eingabe gegen die ERD geprüft</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Neues Beispiel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The CIP issue the postbox should create</source>
        <translation>Die CIP-Meldung, die die Postbox anlegen sollte</translation>
    </message>
    <message>
        <source>Payload (editable)</source>
        <translation>Nutzdaten (bearbeitbar)</translation>
    </message>
    <message>
        <source>Preview: the CIP issue the postbox should create</source>
        <translation>Vorschau: die CIP-Meldung, die die Postbox anlegen sollte</translation>
    </message>
    <message>
        <source>Not sent: the ERD source does not parse; fix it first (see the problems panel).</source>
        <translation>Nicht gesendet: Der ERD-Quelltext ist nicht lesbar; beheben Sie das zuerst (siehe Problemliste).</translation>
    </message>
    <message>
        <source>Not sent: the ERD has {errors} error(s); fix them first (see the problems panel).</source>
        <translation>Nicht gesendet: Die ERD hat {errors} Fehler; beheben Sie diese zuerst (siehe Problemliste).</translation>
    </message>
    <message>
        <source>Payload fits the ERD ({n} record).</source>
        <translation>Die Nutzdaten passen zur ERD ({n} Datensatz).</translation>
    </message>
    <message>
        <source>Payload fits the ERD ({n} records).</source>
        <translation>Die Nutzdaten passen zur ERD ({n} Datensätze).</translation>
    </message>
    <message>
        <source>Not sent until fixed:</source>
        <translation>Senden erst möglich, wenn Folgendes behoben ist:</translation>
    </message>
    <message>
        <source>No preview until the ERD source parses.</source>
        <translation>Keine Vorschau, solange die ERD-Quelle nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>No preview until the payload is valid JSON.</source>
        <translation>Keine Vorschau, solange die Nutzdaten kein gültiges JSON sind.</translation>
    </message>
    <message>
        <source>No preview until a record of the payload fits the ERD.</source>
        <translation>Keine Vorschau, solange kein Datensatz der Nutzdaten zur ERD passt.</translation>
    </message>
</context>
<context>
    <name>Postbox</name>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;Send test issue…</source>
        <translation>Testmeldung &amp;senden…</translation>
    </message>
    <message>
        <source>Send a test issue to a postbox and see what it created (Ctrl+Shift+T)</source>
        <translation>Eine Testmeldung an eine Postbox senden und sehen, was sie angelegt hat (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source> postbox: </source>
        <translation> Postbox: </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Zeiger</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>✓ No problems</source>
        <translation>✓ Keine Probleme</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Errors and warnings of the ERD; Enter goes to the place in the source view</source>
        <translation>Fehler und Warnungen der ERD; die Eingabetaste springt zur Stelle in der Quelltextansicht</translation>
    </message>
    <message>
        <source>Next &amp;Problem</source>
        <translation>Nächstes &amp;Problem</translation>
    </message>
    <message>
        <source>Previous P&amp;roblem</source>
        <translation>Vorheriges P&amp;roblem</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} Warnung</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} Warnungen</translation>
    </message>
    <message>
        <source>Problems: {errors}, {warnings} (click or Enter = go there)</source>
        <translation>Probleme: {errors}, {warnings} (Klick oder Eingabetaste = dorthin springen)</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>File readable only by me</source>
        <translation>Datei, die nur ich lesen kann</translation>
    </message>
    <message>
        <source>Ask each time (not stored)</source>
        <translation>Jedes Mal fragen (nicht gespeichert)</translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation>Aus der Umgebung</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Verify the postbox's certificate</source>
        <translation>Zertifikat der Postbox prüfen</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>CA-Bundle auswählen</translation>
    </message>
    <message>
        <source>Allow plain http to other computers (unsafe)</source>
        <translation>Unverschlüsseltes http zu anderen Rechnern erlauben (unsicher)</translation>
    </message>
    <message>
        <source>new token (empty: keep the stored one)</source>
        <translation>neues Token (leer: gespeichertes bleibt)</translation>
    </message>
    <message>
        <source>Paste a new token to store it; leave the field empty to keep the stored one.</source>
        <translation>Fügen Sie ein neues Token ein, um es zu speichern; lassen Sie das Feld leer, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Create URL</source>
        <translation>URL zum Anlegen</translation>
    </message>
    <message>
        <source>The postbox address that creates records</source>
        <translation>Die Adresse der Postbox, die Datensätze anlegt</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Seconds to wait for the postbox</source>
        <translation>Sekunden, die auf die Postbox gewartet wird</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Certificate file; empty: system certificates</source>
        <translation>Zertifikatsdatei; leer: Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Token-Ablage</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Wo das Token aufbewahrt wird</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Write-only: a stored token is never shown</source>
        <translation>Nur schreibbar: Ein gespeichertes Token wird nie angezeigt</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Token: none stored yet; paste it into the Token field and save.</source>
        <translation>Token: noch keines hinterlegt; fügen Sie es in das Feld „Token“ ein und speichern Sie.</translation>
    </message>
    <message>
        <source>Token: {where}</source>
        <translation>Token: {where}</translation>
    </message>
    <message>
        <source>PEM certificates ({patterns});;All files ({all})</source>
        <translation>PEM-Zertifikate ({patterns});;Alle Dateien ({all})</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>The postbox profile that Send test issue uses</source>
        <translation>Das Postbox-Profil, das „Testmeldung senden“ verwendet</translation>
    </message>
    <message>
        <source>Postbox profile</source>
        <translation>Postbox-Profil</translation>
    </message>
    <message>
        <source>(no profile yet)</source>
        <translation>(noch kein Profil)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Postbox profiles</source>
        <translation>Postbox-Profile</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Delete the postbox profile "{name}" and its stored token? This cannot be undone.</source>
        <translation>Das Postbox-Profil „{name}“ und sein gespeichertes Token löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Removed "{name}" and its token.</source>
        <translation>„{name}“ und sein Token wurden entfernt.</translation>
    </message>
    <message>
        <source>Saved "{name}".</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>Token stored. {where}</source>
        <translation>Token gespeichert. {where}</translation>
    </message>
    <message>
        <source>Token: {where}</source>
        <translation>Token: {where}</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Store in a file only I can read</source>
        <translation>In einer Datei speichern, die nur ich lesen kann</translation>
    </message>
    <message>
        <source>The token was not stored.</source>
        <translation>Das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Testing {url} …</source>
        <translation>{url} wird getestet …</translation>
    </message>
    <message>
        <source>No token stored for this profile yet: paste it into the Token field.</source>
        <translation>Für dieses Profil ist noch kein Token gespeichert: Fügen Sie es in das Feld „Token“ ein.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.</source>
        <translation>„{name}“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>No test issue sent yet.</source>
        <translation>Noch keine Testmeldung gesendet.</translation>
    </message>
    <message>
        <source>Problems found by the postbox</source>
        <translation>Von der Postbox gefundene Probleme</translation>
    </message>
    <message>
        <source>Enter on a problem shows its place in the ERD</source>
        <translation>Die Eingabetaste auf einem Problem zeigt seine Stelle in der ERD</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Header der Antwort</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Test sends of this session</source>
        <translation>Testsendungen dieser Sitzung</translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Als Nächstes: {step}</translation>
    </message>
    <message>
        <source>"New sample" makes a payload with a new id.</source>
        <translation>„Neues Beispiel“ erzeugt Nutzdaten mit einer neuen ID.</translation>
    </message>
    <message>
        <source>The postbox says: “{message}” (at {place})</source>
        <translation>Postbox meldet: „{message}“ (bei {place})</translation>
    </message>
    <message>
        <source>The postbox says: “{message}” (about the request as a whole)</source>
        <translation>Postbox meldet: „{message}“ (zur Anfrage insgesamt)</translation>
    </message>
    <message>
        <source>… (answer cut)</source>
        <translation>… (Antwort gekürzt)</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <source>Import fields from a sample</source>
        <translation>Felder aus einem Beispiel importieren</translation>
    </message>
    <message>
        <source>Sample ticket (JSON)</source>
        <translation>Beispiel-Ticket (JSON)</translation>
    </message>
    <message>
        <source>Paste one ticket as JSON, e.g. {"summary": "Mail down", "reporter": {"email": "jane@example.com"}}</source>
        <translation>Fügen Sie ein Ticket als JSON ein, z. B. {"summary": "Mail down", "reporter": {"email": "jane@example.com"}}</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>field key</source>
        <translation>Feldschlüssel</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Proposed fields</source>
        <translation>Vorgeschlagene Felder</translation>
    </message>
    <message>
        <source>Tick the fields to add; the key can be renamed and the type changed before adding</source>
        <translation>Haken Sie die hinzuzufügenden Felder an; Schlüssel und Typ lassen sich vor dem Hinzufügen ändern</translation>
    </message>
    <message>
        <source>Add Fields</source>
        <translation>Felder hinzufügen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Sample JSON</source>
        <translation>Beispiel-JSON</translation>
    </message>
    <message>
        <source>Could not read {path}: {error}</source>
        <translation>{path} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Type of {key}</source>
        <translation>Typ von {key}</translation>
    </message>
    <message>
        <source>The ERD source has a JSON error (see Problems); fix it before importing.</source>
        <translation>Der ERD-Quelltext enthält einen JSON-Fehler (siehe Probleme); beheben Sie ihn vor dem Import.</translation>
    </message>
    <message>
        <source>the key "{key}" is ticked twice; rename one of them</source>
        <translation>der Schlüssel „{key}“ ist zweimal angehakt; benennen Sie einen davon um</translation>
    </message>
    <message>
        <source>Left out: {skipped}</source>
        <translation>Ausgelassen: {skipped}</translation>
    </message>
    <message>
        <source>Add 1 Field</source>
        <translation>1 Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add {count} Fields</source>
        <translation>{count} Felder hinzufügen</translation>
    </message>
    <message>
        <source>Import 1 field from sample</source>
        <translation>1 Feld aus Beispiel importieren</translation>
    </message>
    <message>
        <source>Import {count} fields from sample</source>
        <translation>{count} Felder aus Beispiel importieren</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send test issue</source>
        <translation>Testmeldung senden</translation>
    </message>
    <message>
        <source>Postbox</source>
        <translation>Postbox</translation>
    </message>
    <message>
        <source>The postbox profile the test issue is sent to</source>
        <translation>Das Postbox-Profil, an das die Testmeldung gesendet wird</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>&amp;Postbox:</source>
        <translation>&amp;Postbox:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>No postbox profile yet: add one with Manage….</source>
        <translation>Noch kein Postbox-Profil: Legen Sie eines mit „Verwalten…“ an.</translation>
    </message>
    <message>
        <source>Token: {where} {notes}</source>
        <translation>Token: {where} {notes}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Sending to {url} …</source>
        <translation>Wird an {url} gesendet …</translation>
    </message>
    <message>
        <source>Token for "{name}" (kept only until ERD Studio quits):</source>
        <translation>Token für „{name}“ (wird nur bis zum Beenden von ERD Studio aufbewahrt):</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Not sent: no token given.</source>
        <translation>Nicht gesendet: kein Token angegeben.</translation>
    </message>
    <message>
        <source>No token is stored for "{name}"; the entry may have been removed.
Expected: {where}
Enter the token to send now, and store it again in Postbox → Manage profiles:</source>
        <translation>Für „{name}“ ist kein Token gespeichert; der Eintrag wurde womöglich entfernt.
Erwartet: {where}
Geben Sie das Token ein, um jetzt zu senden, und speichern Sie es erneut unter Postbox → Profile verwalten:</translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the token from $ERD_STUDIO_TOKEN.</source>
        <translation>Ein curl-Befehl wurde kopiert; er liest das Token aus $ERD_STUDIO_TOKEN.</translation>
    </message>
    <message>
        <source>Export test sends</source>
        <translation>Testsendungen exportieren</translation>
    </message>
    <message>
        <source>JSON ({patterns})</source>
        <translation>JSON ({patterns})</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} test send(s) to {path} (no token).</source>
        <translation>{count} Testsendung(en) nach {path} exportiert (ohne Token).</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters anzeigen</translation>
    </message>
</context>
<context>
    <name>SourceEdit</name>
    <message>
        <source>Source view</source>
        <translation>Quelltextansicht</translation>
    </message>
    <message>
        <source>The ERD as JSON text; Ctrl+Tab leaves the editor</source>
        <translation>Die ERD als JSON-Text; Strg+Tab verlässt den Editor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–{last}), optionally :column</source>
        <translation>Zeile (1–{last}), optional :Spalte</translation>
    </message>
    <message>
        <source>Line and column</source>
        <translation>Zeile und Spalte</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Map the fields of your issue tracker to the ISMS postbox, check the mapping, send a test issue, and export what other tools need.</source>
        <translation>Ordnen Sie die Felder Ihres Ticketsystems der ISMS-Postbox zu, prüfen Sie die Zuordnung, senden Sie eine Testmeldung und exportieren Sie, was andere Werkzeuge brauchen.</translation>
    </message>
    <message>
        <source>Open the &amp;YouTrack example</source>
        <translation>&amp;YouTrack-Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open the YouTrack → trax example to look around</source>
        <translation>Das Beispiel YouTrack → trax öffnen und sich umsehen</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an ERD file from disk</source>
        <translation>Eine ERD-Datei vom Datenträger öffnen</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation>Zum Öffnen Eingabetaste drücken oder doppelklicken</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Noch keine zuletzt geöffneten Dateien</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Ln {line}, Col {column}</source>
        <translation>Z {line}, Sp {column}</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>large file: not checked (press F5 to check)</source>
        <translation>große Datei: nicht geprüft (F5 drücken zum Prüfen)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>✗ does not parse: nothing to show until it does</source>
        <translation>✗ nicht lesbar: bis dahin gibt es nichts zu zeigen</translation>
    </message>
    <message>
        <source>✗ does not parse: the mapping shows the last good state</source>
        <translation>✗ nicht lesbar: die Zuordnung zeigt den letzten gültigen Stand</translation>
    </message>
    <message>
        <source>✗ not valid</source>
        <translation>✗ nicht gültig</translation>
    </message>
    <message>
        <source>✗ refused by the postbox</source>
        <translation>✗ von der Postbox abgelehnt</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ gültig</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} Warnungen</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Unexpected error ({kind}); nothing was changed.</source>
        <translation>Unerwarteter Fehler ({kind}); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TextCommands</name>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <source>Fill {attribute}</source>
        <translation>{attribute} belegen</translation>
    </message>
    <message>
        <source>&amp;Constant</source>
        <translation>&amp;Konstante</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation>Konstanter Wert</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Text with {field} placeholders for field values and {id} for the record id</source>
        <translation>Text mit {field}-Platzhaltern für Feldwerte und {id} für die Datensatz-ID</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>not in the target profile</source>
        <translation>nicht im Zielprofil</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Zielattribut</translation>
    </message>
    <message>
        <source>Fields: {names}  ·  {{id}}: the record id</source>
        <translation>Felder: {names}  ·  {{id}}: die Datensatz-ID</translation>
    </message>
    <message>
        <source>Type or choose a value.</source>
        <translation>Geben Sie einen Wert ein oder wählen Sie einen.</translation>
    </message>
    <message>
        <source>No field {names} in this ERD</source>
        <translation>Kein Feld {names} in dieser ERD</translation>
    </message>
</context>
<context>
    <name>YouTrackOptionsWidget</name>
    <message>
        <source>Guard field</source>
        <translation>Auslöserfeld</translation>
    </message>
    <message>
        <source>the enum field that decides (YouTrack's Severity)</source>
        <translation>das Aufzählungsfeld, das entscheidet (Severity in YouTrack)</translation>
    </message>
    <message>
        <source>Send when it is</source>
        <translation>Senden bei Wert</translation>
    </message>
    <message>
        <source>the value that makes an issue go to the ISMS</source>
        <translation>der Wert, bei dem ein Issue an das ISMS geht</translation>
    </message>
    <message>
        <source>Reported field</source>
        <translation>Feld für „gemeldet am“</translation>
    </message>
    <message>
        <source>date-time field that marks a sent issue, so it is sent once</source>
        <translation>Datum-Uhrzeit-Feld, das ein gesendetes Issue markiert, damit es nur einmal gesendet wird</translation>
    </message>
    <message>
        <source>Token setting</source>
        <translation>Token-Einstellung</translation>
    </message>
    <message>
        <source>workflow setting that holds the postbox token (never in the code)</source>
        <translation>Workflow-Einstellung, die das Postbox-Token enthält (nie im Code)</translation>
    </message>
    <message>
        <source>ERD field</source>
        <translation>ERD-Feld</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>YouTrack property</source>
        <translation>YouTrack-Eigenschaft</translation>
    </message>
    <message>
        <source>YouTrack properties</source>
        <translation>YouTrack-Eigenschaften</translation>
    </message>
    <message>
        <source>Pick a property, or type field:NAME for a custom field, const:VALUE, or none</source>
        <translation>Wählen Sie eine Eigenschaft oder geben Sie field:NAME für ein benutzerdefiniertes Feld, const:WERT oder none ein</translation>
    </message>
    <message>
        <source>YouTrack property for {field}</source>
        <translation>YouTrack-Eigenschaft für {field}</translation>
    </message>
</context>
<context>
    <name>self.table_model</name>
    <message>
        <source>{count} values</source>
        <translation>{count} Werte</translation>
    </message>
</context>
</TS>