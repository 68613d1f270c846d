<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Crosscheck::Cli</name>
    <message>
        <location filename="../app/cli/commands/new.cpp" line="+19"/>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/sample.cpp" line="+24"/>
        <source>Wrote the sample project with %n source(s) to %1</source>
        <translation>
            <numerusform>Beispielprojekt mit %n Quelle nach %1 geschrieben</numerusform>
            <numerusform>Beispielprojekt mit %n Quellen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+120"/>
        <source>%1: the project is read-only (%2)</source>
        <translation>%1: Das Projekt ist schreibgeschützt (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/import.cpp" line="+22"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>%n Quelle importiert</numerusform>
            <numerusform>%n Quellen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n Datei nicht importiert</numerusform>
            <numerusform>%n Dateien nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/sources.cpp" line="+51"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+24"/>
        <source>binary file, skipped</source>
        <translation>Binärdatei, übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/overlaps.cpp" line="+71"/>
        <source>overlaps: --min-words, --min-shared and --threads need a positive number</source>
        <translation>overlaps: --min-words, --min-shared und --threads brauchen eine positive Zahl</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 documents, %2 words, %3 candidate pairs, %4 passage pairs, %5 families (read %6 s, prepare %7 s, candidates %8 s, align %9 s)
</source>
        <translation>%1 Dokumente, %2 Wörter, %3 Kandidatenpaare, %4 Passagenpaare, %5 Familien (lesen %6 s, vorbereiten %7 s, Kandidaten %8 s, ausrichten %9 s)
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/analyze.cpp" line="+37"/>
        <source>Up to date: %n passage pair(s), nothing to analyse</source>
        <translation>
            <numerusform>Aktuell: %n Passagenpaar, nichts zu analysieren</numerusform>
            <numerusform>Aktuell: %n Passagenpaare, nichts zu analysieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+19"/>
        <source>export: --format and -o are required</source>
        <translation>export: --format und -o sind nötig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: format %1 is not available (%2)</source>
        <translation>export: Format %1 gibt es nicht (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the report to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="-105"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/import.cpp" line="-3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n bereits im Projekt</numerusform>
            <numerusform>%n bereits im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/analyze.cpp" line="+10"/>
        <source>Analysed %1 of %2 source(s) in %3 s (%4): %5 passage pair(s) in the project</source>
        <translation>%1 von %2 Quelle(n) in %3 s analysiert (%4): %5 Passagenpaar(e) im Projekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>(found in a copy: passages are not kept on the team server; each analyst&apos;s window finds them in its own copy of the project)</source>
        <translation>(in einer Kopie gefunden: Passagen werden nicht auf dem Team-Server gespeichert; jedes Fenster findet sie in seiner eigenen Kopie des Projekts)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/suggest.cpp" line="+100"/>
        <source>suggest: unknown kind %1</source>
        <translation>suggest: unbekannte Art %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>suggest: --apply-above needs a confidence from 0 to 1</source>
        <translation>suggest: --apply-above braucht eine Konfidenz von 0 bis 1</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+117"/>
        <source>%1: the overlaps are not up to date; contradiction candidates come from the passages found so far (run analyze first)</source>
        <translation>%1: Die Überschneidungen sind nicht aktuell; Widerspruchskandidaten stammen aus den bisher gefundenen Passagen (zuerst analyze ausführen)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/suggest.cpp" line="+16"/>
        <source>entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>kind	confidence	what	where	reason</source>
        <translation>Art	Konfidenz	was	wo	Grund</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Applied %1 entity mention(s), %2 contradiction(s) and %3 merge(s) with confidence &gt;= %4</source>
        <translation>%1 Erwähnung(en), %2 Widerspruch/Widersprüche und %3 Zusammenführung(en) mit Konfidenz &gt;= %4 angewendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="+2"/>
        <source>Wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n Annotation nach %1 geschrieben</numerusform>
            <numerusform>%n Annotationen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/importannotations.cpp" line="+34"/>
        <source>Imported %1 mention(s) and %2 link(s); %3 annotation(s) not anchored</source>
        <translation>%1 Erwähnung(en) und %2 Verknüpfung(en) importiert; %3 Annotation(en) nicht verankert</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/importqdpx.cpp" line="+21"/>
        <source>Imported into %1: %2</source>
        <translation>Nach %1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not mapped (%n):</source>
        <translation>
            <numerusform>Nicht übernommen (%n):</numerusform>
            <numerusform>Nicht übernommen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/diff.cpp" line="+66"/>
        <source>similarity %1, %2 moved block(s)
</source>
        <translation>Ähnlichkeit %1, %2 verschobene(r) Block/Blöcke
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+27"/>
        <source>%1: unknown option %2</source>
        <translation>%1: unbekannte Option %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected %2</source>
        <translation>%1: erwartet %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="+16"/>
        <source>create an empty project</source>
        <translation>ein leeres Projekt anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import article files or folders (txt, md, html, pdf)</source>
        <translation>Artikeldateien oder Ordner importieren (txt, md, html, pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the project&apos;s sources</source>
        <translation>die Quellen des Projekts auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print them as a JSON array</source>
        <translation>als JSON-Array ausgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the bundled sample project</source>
        <translation>das mitgelieferte Beispielprojekt schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passages shared by plain-text files (no project needed)</source>
        <translation>gemeinsame Passagen von Textdateien (ohne Projekt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortest passage, in words</source>
        <translation>kürzeste Passage, in Wörtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fingerprints two files must share to be compared</source>
        <translation>Fingerabdrücke, die zwei Dateien teilen müssen, um verglichen zu werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>one JSON object per line</source>
        <translation>ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>language of the texts (default: detected)</source>
        <translation>Sprache der Texte (Vorgabe: erkannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker threads</source>
        <translation>Arbeits-Threads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>word diff of two text files</source>
        <translation>Wortvergleich zweier Textdateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find the overlaps of a project&apos;s sources (new ones only)</source>
        <translation>Überschneidungen der Quellen eines Projekts finden (nur neue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analyse every source again</source>
        <translation>jede Quelle neu analysieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print the pending suggestions; with --apply-above, apply those of confidence &gt;= X as one logged step</source>
        <translation>offene Vorschläge ausgeben; mit --apply-above die mit Konfidenz &gt;= X als einen protokollierten Schritt übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entities,merges,contradictions,corroborations (default: all)</source>
        <translation>entities,merges,contradictions,corroborations (Vorgabe: alle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>apply the suggestions of at least this confidence</source>
        <translation>die Vorschläge mit mindestens dieser Konfidenz übernehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find words, &quot;phrases&quot;, prefix*, AND/OR/NOT, NEAR(a b, N) or a pattern in every source; exit 1 when nothing is found, 2 on a malformed query</source>
        <translation>Wörter, &quot;Phrasen&quot;, Präfix*, AND/OR/NOT, NEAR(a b, N) oder ein Muster in allen Quellen finden; Exit-Code 1, wenn nichts gefunden wird, 2 bei einer fehlerhaften Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QUERY is a regular expression</source>
        <translation>QUERY ist ein regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case and accents as typed, no other spellings (default: any)</source>
        <translation>Groß-/Kleinschreibung und Akzente wie eingegeben, keine anderen Schreibweisen (Standard: beliebig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the hits of this registry entity (its mentions and names); QUERY may then be empty</source>
        <translation>nur die Treffer dieser Registry-Entität (ihre Erwähnungen und Namen); QUERY darf dann leer sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only in this source (id, file name or title; repeatable)</source>
        <translation>nur in dieser Quelle (ID, Dateiname oder Titel; wiederholbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one JSON object per hit</source>
        <translation>ein JSON-Objekt pro Treffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the annotations (W3C Web Annotation JSON-LD, REFI-QDA project; CSV or brat standoff files into folder OUT) or the analyst report (HTML, PDF)</source>
        <translation>die Annotationen schreiben (W3C Web Annotation JSON-LD, REFI-QDA-Projekt; CSV- oder brat-Standoff-Dateien in den Ordner OUT) oder den Analysebericht (HTML, PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what to write (required)</source>
        <translation>was geschrieben wird (nötig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or folder to write (required)</source>
        <translation>die Datei oder der Ordner, in die geschrieben wird (nötig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start CSV files with a byte order mark</source>
        <translation>CSV-Dateien mit einer Byte-Order-Markierung beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add W3C annotations, re-anchored in the sources</source>
        <translation>W3C-Annotationen hinzufügen, in den Quellen neu verankert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new project from a REFI-QDA project (.qdpx or .qde), with a report of what could not be mapped</source>
        <translation>ein neues Projekt aus einem REFI-QDA-Projekt (.qdpx oder .qde), mit einem Bericht über das, was nicht übertragen werden konnte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>copy a project to a team server as the team project the URL names (postgresql://user@host:port/database?project=NAME)</source>
        <translation>ein Projekt als das Teamprojekt, das die URL nennt, auf einen Teamserver kopieren (postgresql://user@host:port/database?project=NAME)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copy the team project the URL names into a new project file</source>
        <translation>das Teamprojekt, das die URL nennt, in eine neue Projektdatei kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the team projects on a server</source>
        <translation>die Teamprojekte eines Servers auflisten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage: crosscheck-cli COMMAND [ARGUMENTS]</source>
        <translation>Aufruf: crosscheck-cli BEFEHL [ARGUMENTE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run “crosscheck-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>„crosscheck-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 1 failure (one line per problem on stderr), 2 usage error.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehlschlag (eine Zeile pro Problem auf stderr), 2 Aufruffehler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: crosscheck-cli %1</source>
        <translation>Aufruf: crosscheck-cli %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+46"/>
        <source>search: the registry has no entity named “%1”</source>
        <translation>search: Die Registry hat keine Entität namens „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search: no source %1 in the project</source>
        <translation>search: keine Quelle %1 im Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also searched: %1</source>
        <translation>auch gesucht: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (untagged)</source>
        <translation>%1 (nicht markiert)</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="-93"/>
        <source>the URL names no team project (add ?project=NAME)</source>
        <translation>die URL nennt kein Teamprojekt (?project=NAME anfügen)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/team.cpp" line="+35"/>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published %1 as %2</source>
        <translation>%1 als %2 veröffentlicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>clone</source>
        <translation>klonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloned %1 into %2</source>
        <translation>%1 nach %2 geklont</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/teamwrite.cpp" line="+78"/>
        <source>%1: %2 edit(s) could not be sent: %3</source>
        <translation>%1: %2 Änderung(en) konnten nicht gesendet werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not applied, %2: %3</source>
        <translation>%1: nicht übernommen, %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 edit(s) sent to the team server</source>
        <translation>%1: %2 Änderung(en) an den Teamserver gesendet</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Annotation</name>
    <message>
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="+407"/>
        <source>%1 (batch run, confidence %2)</source>
        <translation>%1 (Stapellauf, Konfidenz %2)</translation>
    </message>
    <message>
        <location filename="../app/core/suggestions/contradictionfinder.cpp" line="+177"/>
        <source>numbers differ: “%1” vs “%2”</source>
        <translation>Zahlen weichen ab: „%1“ gegenüber „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dates or times differ: “%1” vs “%2”</source>
        <translation>Daten oder Zeiten weichen ab: „%1“ gegenüber „%2“</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Annotation::ReviewQueue</name>
    <message>
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="-176"/>
        <source>One side of this difference is empty: edit it to choose both spans.</source>
        <translation>Eine Seite dieses Unterschieds ist leer: Bearbeiten Sie ihn, um beide Abschnitte zu wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a suggested corroboration</source>
        <translation>Vorgeschlagene Bestätigung festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a suggested contradiction</source>
        <translation>Vorgeschlagenen Widerspruch festhalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge suggested entities</source>
        <translation>Vorgeschlagene Entitäten zusammenführen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+50"/>
        <source>Tag a suggested entity</source>
        <translation>Vorgeschlagene Entität markieren</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reject a suggested contradiction</source>
        <translation>Vorgeschlagenen Widerspruch verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep suggested entities apart</source>
        <translation>Vorgeschlagene Entitäten getrennt halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject a suggested entity</source>
        <translation>Vorgeschlagene Entität verwerfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One side of this difference is empty: record the link by hand (select, Ctrl+M, select, Ctrl+L).</source>
        <translation>Eine Seite dieses Unterschieds ist leer: Halten Sie die Verknüpfung von Hand fest (auswählen, Strg+M, auswählen, Strg+L).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record an edited contradiction</source>
        <translation>Bearbeiteten Widerspruch festhalten</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Apply suggestions above %1</source>
        <translation>Vorschläge über %1 anwenden</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ClaimListModel</name>
    <message>
        <location filename="../app/core/models/claimlistmodel.cpp" line="+77"/>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>corroboration: %1</source>
        <translation>Bestätigung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Claim / source</source>
        <translation>Aussage / Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it says</source>
        <translation>Was sie sagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Claims</name>
    <message>
        <location filename="../app/core/claims/claimcomparer.cpp" line="+373"/>
        <source>numbers differ</source>
        <translation>Zahlen weichen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>durations differ</source>
        <translation>Zeiträume weichen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates or times differ</source>
        <translation>Daten oder Zeiten weichen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one reports it, the other does not confirm it</source>
        <translation>die eine Quelle berichtet es, die andere bestätigt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one confirms it, the other only hints at it</source>
        <translation>die eine bestätigt es, die andere deutet es nur an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one says it happened, the other that it may happen</source>
        <translation>die eine sagt, es sei geschehen, die andere, es könne geschehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one says it happened, the other denies it</source>
        <translation>die eine sagt, es sei geschehen, die andere bestreitet es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different causes</source>
        <translation>verschiedene Ursachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opposite words for the same people</source>
        <translation>gegensätzliche Wörter über dieselben Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same words from different speakers</source>
        <translation>dieselben Worte von verschiedenen Sprechern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quotation is worded differently</source>
        <translation>das Zitat ist anders formuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a different title</source>
        <translation>ein anderer Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a different role</source>
        <translation>eine andere Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both say the same</source>
        <translation>beide sagen dasselbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: “%3” · %4: “%5”</source>
        <translation>%1 — %2: „%3“ · %4: „%5“</translation>
    </message>
    <message>
        <location filename="../app/core/suggestions/contradictionfinder.cpp" line="+180"/>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::EntityListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/annotationmodels.cpp" line="+146"/>
        <source>%1. %2: %n mention(s)</source>
        <translation>
            <numerusform>%1. %2: %n Erwähnung</numerusform>
            <numerusform>%1. %2: %n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::FamilyAlignmentModel</name>
    <message>
        <location filename="../app/core/models/familymodels.cpp" line="+208"/>
        <source>same as the reference</source>
        <translation>wie in der Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worded differently</source>
        <translation>anders formuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added: the reference does not have it</source>
        <translation>hinzugefügt: fehlt in der Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing here</source>
        <translation>fehlt hier</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1
Contains %2% of the words the other members carry</source>
        <translation>%1
Enthält %2 % der Wörter der anderen Mitglieder</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::FamilyListModel</name>
    <message>
        <location line="-181"/>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published first</source>
        <translation>Zuerst veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats</name>
    <message>
        <location filename="../app/core/formats/bratexport.cpp" line="+65"/>
        <location filename="../app/core/formats/exporter.cpp" line="+175"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/core/formats/exporter.cpp" line="-26"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/core/formats/webannotation.cpp" line="+271"/>
        <source>no quote, and no source with its URN</source>
        <translation>kein Zitat und keine Quelle mit ihrer URN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote “%1” is in no source</source>
        <translation>das Zitat „%1“ steht in keiner Quelle</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>line %1: not a JSON annotation (%2)</source>
        <translation>Zeile %1: keine JSON-Annotation (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no entity named in its body</source>
        <translation>in ihrem Body ist keine Entität genannt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no linked passage in its body</source>
        <translation>in ihrem Body ist keine verknüpfte Passage</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>motivation “%1” is not one Crosscheck records</source>
        <translation>Motivation „%1“ hält Crosscheck nicht fest</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation importieren</numerusform>
            <numerusform>%n Annotationen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats::Qdpx</name>
    <message>
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+27"/>
        <source>%1 already exists; a REFI-QDA project is imported into a new file</source>
        <translation>%1 existiert bereits; ein REFI-QDA-Projekt wird in eine neue Datei importiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be written (the file could not be moved into place)</source>
        <translation>%1 konnte nicht geschrieben werden (die Datei ließ sich nicht an ihren Platz bringen)</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>a REFI-QDA project can only be imported into a new, empty project</source>
        <translation>ein REFI-QDA-Projekt kann nur in ein neues, leeres Projekt importiert werden</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+41"/>
        <source>source “%1”: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source> (%n coded selection(s) lost with it)</source>
        <translation>
            <numerusform> (%n kodierte Auswahl geht mit ihr verloren)</numerusform>
            <numerusform> (%n kodierte Auswahlen gehen mit ihr verloren)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>source “%1”: variable “%2” = “%3” has no place in Crosscheck&apos;s metadata</source>
        <translation>Quelle „%1“: Variable „%2“ = „%3“ hat keinen Platz in den Metadaten von Crosscheck</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PDF source “%1”: no text representation in the project</source>
        <translation>PDF-Quelle „%1“: keine Textfassung im Projekt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>PDF source “%1”: %n region selection(s) (Crosscheck anchors text, not page regions)</source>
        <translation>
            <numerusform>PDF-Quelle „%1“: %n Bereichsauswahl (Crosscheck verankert Text, keine Seitenbereiche)</numerusform>
            <numerusform>PDF-Quelle „%1“: %n Bereichsauswahlen (Crosscheck verankert Text, keine Seitenbereiche)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 source “%2”: Crosscheck reads text articles only</source>
        <translation>%1-Quelle „%2“: Crosscheck liest nur Textartikel</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n item(s) (no counterpart in Crosscheck)</source>
        <translation>
            <numerusform>%1: %n Eintrag (ohne Gegenstück in Crosscheck)</numerusform>
            <numerusform>%1: %n Einträge (ohne Gegenstück in Crosscheck)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpxcodings.cpp" line="+111"/>
        <source>source “%1”: coded as a whole with “%2” (Crosscheck codes passages, not whole sources)</source>
        <translation>Quelle „%1“: als Ganzes mit „%2“ kodiert (Crosscheck kodiert Passagen, keine ganzen Quellen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown code</source>
        <translation>einem unbekannten Code</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>source “%1”: selection “%2” (%3–%4) lies outside the text (%5 characters)</source>
        <translation>Quelle „%1“: Auswahl „%2“ (%3–%4) liegt außerhalb des Textes (%5 Zeichen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source “%1”: selection “%2” covers only a line break</source>
        <translation>Quelle „%1“: Auswahl „%2“ umfasst nur einen Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source “%1”: a coding of “%2” refers to a code that is not in the codebook</source>
        <translation>Quelle „%1“: eine Kodierung von „%2“ verweist auf einen Code, der nicht im Codebuch steht</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>link “%1”: it does not join two text selections that were imported</source>
        <translation>Verknüpfung „%1“: sie verbindet keine zwei importierten Textauswahlen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>note “%1”: not attached to an imported source, selection, code or link</source>
        <translation>Notiz „%1“: an keiner importierten Quelle, Auswahl, keinem Code und keiner Verknüpfung</translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+66"/>
        <source>Import REFI-QDA annotations</source>
        <translation>REFI-QDA-Annotationen importieren</translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpxreader.cpp" line="+37"/>
        <source>project.qde nests elements more than %1 levels deep (line %2)</source>
        <translation>project.qde verschachtelt Elemente mehr als %1 Ebenen tief (Zeile %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>project.qde has more than %1 elements</source>
        <translation>project.qde hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a REFI-QDA project (its root element is “%1”)</source>
        <translation>kein REFI-QDA-Projekt (sein Wurzelelement ist „%1“)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an element of project.qde (line %1) holds more than %2 of text</source>
        <translation>ein Element von project.qde (Zeile %1) enthält mehr als %2 Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged project.qde (line %1: %2)</source>
        <translation>beschädigte project.qde (Zeile %1: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty project.qde</source>
        <translation>leere project.qde</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not a readable .qdpx archive: %1</source>
        <translation>kein lesbares .qdpx-Archiv: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive holds no .qde project file</source>
        <translation>das Archiv enthält keine .qde-Projektdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive holds several .qde files (%1)</source>
        <translation>das Archiv enthält mehrere .qde-Dateien (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its text is larger than %1 (Crosscheck imports texts up to that)</source>
        <translation>ihr Text ist größer als %1 (Crosscheck importiert Texte bis zu dieser Größe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its text is in the archive, and a bare .qde was given</source>
        <translation>ihr Text liegt im Archiv, angegeben wurde nur die .qde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive&apos;s texts are larger than %1 in all; the rest was not read</source>
        <translation>die Texte des Archivs sind insgesamt größer als %1; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its text file %1 is missing from the archive</source>
        <translation>ihre Textdatei %1 fehlt im Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no plain text</source>
        <translation>sie hat keinen reinen Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is outside the archive (%1)</source>
        <translation>ihr Text liegt außerhalb des Archivs (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpxwriter.cpp" line="+135"/>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Passages linked by Crosscheck, by type of link</source>
        <translation>Von Crosscheck verknüpfte Passagen, nach Art der Verknüpfung</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats::Report</name>
    <message>
        <location filename="../app/core/formats/exporter.cpp" line="+35"/>
        <location filename="../app/core/formats/report.cpp" line="+148"/>
        <source>Crosscheck report: %1</source>
        <translation>Crosscheck-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../app/core/formats/reportpictures.cpp" line="+76"/>
        <source>only
here</source>
        <translation>nur
hier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>share of the row source&apos;s words</source>
        <translation>Anteil der Wörter der Zeilenquelle</translation>
    </message>
    <message>
        <location filename="../app/core/formats/report.cpp" line="+22"/>
        <source>Generated %1 by %2.</source>
        <translation>Erstellt %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n gemeinsame Passage</numerusform>
            <numerusform>%n gemeinsame Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passage famil(ies)</source>
        <translation>
            <numerusform>%n Passagenfamilie</numerusform>
            <numerusform>%n Passagenfamilien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contradiction(s)</source>
        <translation>
            <numerusform>%n Widerspruch</numerusform>
            <numerusform>%n Widersprüche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n corroboration(s)</source>
        <translation>
            <numerusform>%n Bestätigung</numerusform>
            <numerusform>%n Bestätigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overlaps are not current: some sources were added after the last analysis.</source>
        <translation>Die Überschneidungen sind nicht aktuell: Einige Quellen kamen nach der letzten Analyse hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of publication</source>
        <translation>Zeitleiste der Veröffentlichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources on a time axis by publication date</source>
        <translation>Die Quellen auf einer Zeitachse nach Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title and URL</source>
        <translation>Titel und URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source overlap</source>
        <translation>Überschneidung der Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shared passages were found.</source>
        <translation>Es wurden keine gemeinsamen Passagen gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cell gives the share of the row source&apos;s words that are inside passages shared with the column source; the last column gives the share found in no other source.</source>
        <translation>Jede Zelle gibt den Anteil der Wörter der Zeilenquelle an, die in mit der Spaltenquelle geteilten Passagen stehen; die letzte Spalte den Anteil, der in keiner anderen Quelle steht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sources sharing the most words are shown, of %2.</source>
        <translation>Gezeigt werden die %1 Quellen mit den meisten geteilten Wörtern, von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat map of the words each source shares with each other source</source>
        <translation>Heatmap der Wörter, die jede Quelle mit jeder anderen teilt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passage families</source>
        <translation>Passagenfamilien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passage is shared by three or more sources.</source>
        <translation>Keine Passage wird von drei oder mehr Quellen geteilt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 largest families are shown, of %2.</source>
        <translation>Gezeigt werden die %1 größten Familien, von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sources (published)</source>
        <translation>Quellen (veröffentlicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published first</source>
        <translation>Zuerst veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains most of the others</source>
        <translation>Enthält das meiste der anderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely origin</source>
        <translation>Wahrscheinlicher Ursprung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>uncertain: the earliest source does not contain the most</source>
        <translation>unsicher: die früheste Quelle enthält nicht das meiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dates do not tell</source>
        <translation>die Daten sagen es nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corroborations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No contradiction was recorded.</source>
        <translation>Es wurde kein Widerspruch erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No corroboration was recorded.</source>
        <translation>Es wurde keine Bestätigung erfasst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notable</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3 · recorded by %4</source>
        <translation>%1 · %2 · %3 · erfasst von %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity index</source>
        <translation>Entitätenverzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entity was tagged.</source>
        <translation>Es wurde keine Entität markiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also written</source>
        <translation>Auch geschrieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By source (# mentions)</source>
        <translation>Nach Quelle (Anzahl Erwähnungen)</translation>
    </message>
    <message>
        <location filename="../app/core/formats/reportoutput.cpp" line="+76"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Importers</name>
    <message>
        <location filename="../app/core/importers/htmlmarkup.cpp" line="+86"/>
        <source>an element has %1 attributes (Crosscheck reads up to %2)</source>
        <translation>ein Element hat %1 Attribute (Crosscheck liest bis zu %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the page has more than %1 elements</source>
        <translation>die Seite hat mehr als %1 Elemente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its elements are nested more than %1 levels deep</source>
        <translation>ihre Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/core/importers/htmlimporter.cpp" line="+460"/>
        <source>the page cannot be read safely: %1</source>
        <translation>die Seite lässt sich nicht sicher lesen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the page has no article text</source>
        <translation>die Seite enthält keinen Artikeltext</translation>
    </message>
    <message>
        <location filename="../app/core/importers/importers.cpp" line="+102"/>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file has no text</source>
        <translation>die Datei enthält keinen Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file has no words</source>
        <translation>die Datei enthält keine Wörter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no publication date found</source>
        <translation>kein Veröffentlichungsdatum gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+108"/>
        <source>is not a regular file (a device, pipe or socket): not read</source>
        <translation>ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket): nicht gelesen</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>unsupported file type &quot;.%1&quot; (Crosscheck imports %2)</source>
        <translation>nicht unterstützter Dateityp „.%1“ (Crosscheck importiert %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is too large (%1; Crosscheck imports %2 files up to %3)</source>
        <translation>die Datei ist zu groß (%1; Crosscheck importiert %2-Dateien bis %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is too large (Crosscheck imports %1 files up to %2)</source>
        <translation>die Datei ist zu groß (Crosscheck importiert %1-Dateien bis %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the clipboard holds no text</source>
        <translation>die Zwischenablage enthält keinen Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a link to a file outside the folder, not followed</source>
        <translation>ein Link auf eine Datei außerhalb des Ordners, nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../app/core/importers/pdfimporter.cpp" line="+73"/>
        <source>this is not a PDF file (it does not start with %PDF-)</source>
        <translation>dies ist keine PDF-Datei (sie beginnt nicht mit %PDF-)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PDF expands to more than %1 when read (a compression bomb?)</source>
        <translation>das PDF entpackt sich beim Lesen auf mehr als %1 (eine Kompressionsbombe?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>the PDF file is damaged and cannot be read</source>
        <translation>die PDF-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the PDF file is password-protected</source>
        <translation>die PDF-Datei ist passwortgeschützt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the PDF has no text layer (a scan?); run OCR on it first</source>
        <translation>die PDF-Datei hat keine Textebene (ein Scan?); zuerst Texterkennung (OCR) ausführen</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::LinkListModel</name>
    <message>
        <location filename="../app/core/models/annotationmodels.cpp" line="+69"/>
        <source>corroborates</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date/time</source>
        <translation>Datum/Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quotation drift</source>
        <translation>Zitatabweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polarity</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certainty/sourcing</source>
        <translation>Gewissheit/Quellenlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title/role</source>
        <translation>Titel/Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>framing</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>anderes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>geklärt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notable</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source A</source>
        <translation>Quelle A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage A</source>
        <translation>Passage A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source B</source>
        <translation>Quelle B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage B</source>
        <translation>Passage B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::NoteListModel</name>
    <message>
        <location filename="../app/core/models/notelistmodel.cpp" line="+73"/>
        <source>a removed source</source>
        <translation>eine entfernte Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — “%2”</source>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity %1</source>
        <translation>Entität %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link %1 ↔ %2</source>
        <translation>Verknüpfung %1 ↔ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (removed)</source>
        <translation>Verknüpfung (entfernt)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>On</source>
        <translation>Zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::OverlapListModel</name>
    <message>
        <location filename="../app/core/models/overlaplistmodel.cpp" line="+60"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, moved</source>
        <translation>%1, verschoben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>F%1 (%n sources)</source>
        <translation>
            <numerusform>F%1 (%n Quelle)</numerusform>
            <numerusform>F%1 (%n Quellen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Source A</source>
        <translation>Quelle A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source B</source>
        <translation>Quelle B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Project</name>
    <message>
        <location filename="../app/core/commands/addsourcescommand.cpp" line="+12"/>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n sources</source>
        <translation>
            <numerusform>%n Quelle importieren</numerusform>
            <numerusform>%n Quellen importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/commands/editsourcemetadatacommand.cpp" line="+12"/>
        <source>Edit details of “%1”</source>
        <translation>Angaben zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/core/commands/removesourcescommand.cpp" line="+12"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n sources</source>
        <translation>
            <numerusform>%n Quelle entfernen</numerusform>
            <numerusform>%n Quellen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importers/importjob.cpp" line="+79"/>
        <location line="+43"/>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../app/core/project/project.cpp" line="+31"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” (source %2)</source>
        <translation>„%1“ (Quelle %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The text of %n source(s) no longer matches the checksum recorded at import (the file is damaged): %1. Restore the project from a backup or a saved copy.</source>
        <translation>
            <numerusform>Der Text von %n Quelle stimmt nicht mehr mit der beim Import festgehaltenen Prüfsumme überein (die Datei ist beschädigt): %1. Stellen Sie das Projekt aus einer Sicherung oder gespeicherten Kopie wieder her.</numerusform>
            <numerusform>Der Text von %n Quellen stimmt nicht mehr mit der beim Import festgehaltenen Prüfsumme überein (die Datei ist beschädigt): %1. Stellen Sie das Projekt aus einer Sicherung oder gespeicherten Kopie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The project is read-only (%1).</source>
        <translation>Das Projekt ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>identical text is already in this import as “%1”</source>
        <translation>identischer Text ist bereits als „%1“ in diesem Import</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The source no longer exists.</source>
        <translation>Die Quelle existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>A source needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/setpassagereviewcommand.cpp" line="+15"/>
        <source>Confirm %n passage(s)</source>
        <translation>
            <numerusform>%n Passage bestätigen</numerusform>
            <numerusform>%n Passagen bestätigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dismiss %n passage(s)</source>
        <translation>
            <numerusform>%n Passage verwerfen</numerusform>
            <numerusform>%n Passagen verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Clear the verdict on %n passage(s)</source>
        <translation>
            <numerusform>Urteil über %n Passage aufheben</numerusform>
            <numerusform>Urteil über %n Passagen aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/project/projectannotations.cpp" line="+91"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage pair(s)</source>
        <translation>
            <numerusform>%n Passagenpaar</numerusform>
            <numerusform>%n Passagenpaare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” holds annotations that point outside their source&apos;s text or to a missing source or entity (a damaged or edited file); they were set aside and are not shown or exported: %2. The file was not changed.</source>
        <translation>„%1“ enthält Annotationen, die außerhalb des Texts ihrer Quelle oder auf eine fehlende Quelle oder Entität zeigen (eine beschädigte oder bearbeitete Datei); sie wurden beiseitegelegt und werden weder gezeigt noch exportiert: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../app/core/project/projectteamrows.cpp" line="+342"/>
        <source>Someone on the team has changed this since; nothing was changed.</source>
        <translation>Jemand im Team hat dies inzwischen geändert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../app/core/project/projectedits.cpp" line="+51"/>
        <location line="+35"/>
        <source>Nothing to tag there.</source>
        <translation>Dort gibt es nichts zu markieren.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Tag “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+81"/>
        <location line="+177"/>
        <source>An entity needs a name and a type.</source>
        <translation>Eine Entität braucht einen Namen und einen Typ.</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Tag “%1” as a new entity</source>
        <translation>„%1“ als neue Entität markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Tag %n more occurrence(s) of “%1”</source>
        <translation>
            <numerusform>%n weiteres Vorkommen von „%1“ markieren</numerusform>
            <numerusform>%n weitere Vorkommen von „%1“ markieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <location line="+8"/>
        <source>No such entity.</source>
        <translation>Diese Entität gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the mentions to split off and a name.</source>
        <translation>Wählen Sie die abzutrennenden Erwähnungen und einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Those mentions are not all of this entity.</source>
        <translation>Nicht alle diese Erwähnungen gehören zu dieser Entität.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>A type needs a name.</source>
        <translation>Ein Typ braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A type cannot be nested under itself.</source>
        <translation>Ein Typ kann nicht unter sich selbst stehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A type cannot be nested under one of its own subtypes.</source>
        <translation>Ein Typ kann nicht unter einem seiner eigenen Untertypen stehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No such type.</source>
        <translation>Diesen Typ gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is still the type of “%2”.</source>
        <translation>„%1“ ist noch der Typ von „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” still has subtypes.</source>
        <translation>„%1“ hat noch Untertypen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+86"/>
        <source>A link needs a span in each of two sources.</source>
        <translation>Eine Verknüpfung braucht einen Abschnitt in jeder von zwei Quellen.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The two spans of a link must not overlap.</source>
        <translation>Die beiden Abschnitte einer Verknüpfung dürfen sich nicht überlappen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>No such link.</source>
        <translation>Diese Verknüpfung gibt es nicht.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1” is already in the registry.</source>
        <translation>„%1“ ist bereits im Verzeichnis.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A mention lies outside its source&apos;s text.</source>
        <translation>Eine Erwähnung liegt außerhalb des Textes ihrer Quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mention names no entity of the registry.</source>
        <translation>Eine Erwähnung nennt keine Entität des Verzeichnisses.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/annotationcommands.cpp" line="+55"/>
        <source>Remove %n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung entfernen</numerusform>
            <numerusform>%n Erwähnungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit entity “%1”</source>
        <translation>Entität „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove entity “%1”</source>
        <translation>Entität „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Merge %n entities</source>
        <translation>
            <numerusform>%n Entität zusammenführen</numerusform>
            <numerusform>%n Entitäten zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Split “%1” from “%2”</source>
        <translation>„%1“ von „%2“ abtrennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove entity type “%1”</source>
        <translation>Entitätstyp „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit entity type “%1”</source>
        <translation>Entitätstyp „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record a link</source>
        <translation>Verknüpfung festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete a note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note</source>
        <translation>Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../app/core/project/projectteam.cpp" line="+110"/>
        <location filename="../app/core/project/projectteamrows.cpp" line="-223"/>
        <source>No ids are left for new rows until the team server is reachable again.</source>
        <translation>Für neue Einträge sind keine IDs mehr frei, bis der Teamserver wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../app/core/project/projectteamrows.cpp" line="+128"/>
        <source>The same text is already in the project.</source>
        <translation>Derselbe Text ist bereits im Projekt.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Qdpx</name>
    <message numerus="yes">
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+6"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Quotation</name>
    <message>
        <location filename="../app/core/formats/quotation.cpp" line="+18"/>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ReviewQueue</name>
    <message numerus="yes">
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="-297"/>
        <source>Reject “%1” everywhere (%n suggestion(s))</source>
        <translation>
            <numerusform>„%1“ überall ablehnen (%n Vorschlag)</numerusform>
            <numerusform>„%1“ überall ablehnen (%n Vorschläge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Search::ProjectSearch</name>
    <message>
        <location filename="../app/core/search/projectsearch.cpp" line="+122"/>
        <source>The search index could not be opened.</source>
        <translation>Der Suchindex konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indexing was stopped; the sources indexed so far are kept.</source>
        <translation>Die Indizierung wurde angehalten; die bisher indizierten Quellen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Search::Query</name>
    <message>
        <location filename="../app/core/search/searchquery.cpp" line="+140"/>
        <source>A closing quotation mark (&quot;) is missing.</source>
        <translation>Ein schließendes Anführungszeichen (&quot;) fehlt.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The query is empty: type a word, a &quot;phrase&quot; or a pattern.</source>
        <translation>Die Anfrage ist leer: Geben Sie ein Wort, eine &quot;Phrase&quot; oder ein Muster ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This “)” has no “(” before it.</source>
        <translation>Vor dieser „)“ steht keine „(“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot follow here.</source>
        <translation>„%1“ kann hier nicht folgen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a word or a phrase after it.</source>
        <translation>Nach %1 muss ein Wort oder eine Phrase folgen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>NOT needs a word or a phrase before it: “a NOT b” finds a without b.</source>
        <translation>Vor NOT muss ein Wort oder eine Phrase stehen: „a NOT b“ findet a ohne b.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The distance after NEAR/ must be a whole number from 0 to %1.</source>
        <translation>Der Abstand nach NEAR/ muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>NEAR joins words or phrases, not groups.</source>
        <translation>NEAR verbindet Wörter oder Phrasen, keine Gruppen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A closing parenthesis “)” is missing.</source>
        <translation>Eine schließende Klammer „)“ fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The query ends where a word or a phrase should follow.</source>
        <translation>Die Anfrage endet, wo ein Wort oder eine Phrase folgen sollte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a word or a phrase before it.</source>
        <translation>Vor %1 muss ein Wort oder eine Phrase stehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The distance in NEAR( … , N) must be a whole number from 0 to %1.</source>
        <translation>Der Abstand in NEAR( … , N) muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NEAR( … ) holds words or phrases and, last, a distance: NEAR(a b, 5).</source>
        <translation>NEAR( … ) enthält Wörter oder Phrasen und zuletzt einen Abstand: NEAR(a b, 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEAR( … ) needs two words or phrases or more.</source>
        <translation>NEAR( … ) braucht zwei oder mehr Wörter oder Phrasen.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Search::SearchRun</name>
    <message>
        <location filename="../app/core/search/projectsearch.cpp" line="+71"/>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pattern is not a valid regular expression: %1 (at character %2).</source>
        <translation>Das Muster ist kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The index refused the query: %1</source>
        <translation>Der Index hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/core/search/searchmatcher.cpp" line="+83"/>
        <source>“%1” has no letters or digits to search for.</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern, nach denen gesucht werden kann.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SearchResultModel</name>
    <message>
        <location filename="../app/core/models/searchresultmodel.cpp" line="+40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (tagged)</source>
        <translation>%1 (markiert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (untagged)</source>
        <translation>%1 (nicht markiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source	start	end	hit	context	entity	tagged</source>
        <translation>Quelle	Anfang	Ende	Treffer	Kontext	Entität	markiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Source and hit in context</source>
        <translation>Quelle und Treffer im Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourceListModel</name>
    <message>
        <location filename="../app/core/models/sourcelistmodel.cpp" line="+117"/>
        <source>The source&apos;s number, as the matrix and the report number sources</source>
        <translation>Die Nummer der Quelle, wie Matrix und Bericht die Quellen nummerieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourceMatrixModel</name>
    <message>
        <location filename="../app/core/models/sourcepairmodel.cpp" line="+167"/>
        <source>%1 of “%2” is found in no other source</source>
        <translation>%1 von „%2“ steht in keiner anderen Quelle</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of “%2” is shared with “%3” (%n passage(s))</source>
        <translation>
            <numerusform>%1 von „%2“ teilt es mit „%3“ (%n Passage)</numerusform>
            <numerusform>%1 von „%2“ teilt es mit „%3“ (%n Passagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nowhere else</source>
        <translation>Nirgends sonst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of each source&apos;s words found in no other source</source>
        <translation>Anteil der Wörter jeder Quelle, die in keiner anderen Quelle stehen</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourcePairModel</name>
    <message>
        <location line="-123"/>
        <source>%1 of the words of “%2” and %3 of the words of “%4” are in shared passages</source>
        <translation>%1 der Wörter von „%2“ und %3 der Wörter von „%4“ stehen in gemeinsamen Passagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source A</source>
        <translation>Quelle A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source B</source>
        <translation>Quelle B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared words</source>
        <translation>Gemeinsame Wörter</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Storage</name>
    <message>
        <location filename="../app/core/storage/database.cpp" line="+61"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not finish writing the copy</source>
        <translation>die Kopie konnte nicht fertig geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectschema.cpp" line="+35"/>
        <source>migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in dieser Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectstorage.cpp" line="+74"/>
        <source>no private copy could be made in the temporary folder</source>
        <translation>im temporären Ordner ließ sich keine private Kopie anlegen</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectschema.cpp" line="+56"/>
        <source>“%1” is damaged: parts of the file cannot be read as a project any more (a disk or copy error). It was not changed; restore it from a backup or a saved copy.</source>
        <translation>„%1“ ist beschädigt: Teile der Datei lassen sich nicht mehr als Projekt lesen (ein Platten- oder Kopierfehler). Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung oder einer gespeicherten Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” says it is file format %2, but its tables are those of format %3: its header was changed or damaged. It was not changed.</source>
        <translation>„%1“ gibt Dateiformat %2 an, seine Tabellen sind aber die von Format %3: Sein Kopf wurde verändert oder beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds %1</source>
        <translation>sie enthält %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has a changed %1</source>
        <translation>sie hat ein verändertes Objekt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lacks %1</source>
        <translation>ihr fehlt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed outside Crosscheck (%2). It was not opened, so that nothing in it can run, and it was not changed.</source>
        <translation>„%1“ wurde außerhalb von Crosscheck verändert (%2). Die Datei wurde nicht geöffnet, damit nichts darin ausgeführt werden kann, und nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectstorage.cpp" line="+149"/>
        <source>“%1” already exists; Crosscheck does not overwrite files when creating a project.</source>
        <translation>„%1“ existiert bereits; Crosscheck überschreibt beim Anlegen eines Projekts keine Dateien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create “%1”: the file could not be moved into place.</source>
        <translation>„%1“ kann nicht angelegt werden: Die Datei konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder, not a project file.</source>
        <translation>„%1“ ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be read (no permission?).</source>
        <translation>„%1“ kann nicht gelesen werden (keine Berechtigung?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is an empty file, not a Crosscheck project.</source>
        <translation>„%1“ ist eine leere Datei, kein Crosscheck-Projekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a Crosscheck project.</source>
        <translation>„%1“ ist kein Crosscheck-Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an SQLite database of another application, not a Crosscheck project.</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung, kein Crosscheck-Projekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is damaged: its header gives file format %2, which no Crosscheck writes. It was not changed; restore it from a backup or a saved copy.</source>
        <translation>„%1“ ist beschädigt: Sein Kopf gibt Dateiformat %2 an, das kein Crosscheck schreibt. Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung oder gespeicherten Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was saved by a newer version of Crosscheck (file format %2; this version reads up to %3). Update Crosscheck to open it; the file was not changed.</source>
        <translation>„%1“ wurde von einer neueren Crosscheck-Version gespeichert (Dateiformat %2; diese Version liest bis %3). Aktualisieren Sie Crosscheck, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>opened read-only</source>
        <translation>schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder is read-only</source>
        <translation>ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is already open in another Crosscheck window (%2). You can open it read-only.</source>
        <translation>„%1“ ist bereits in einem anderen Crosscheck-Fenster geöffnet (%2). Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no lock file can be written beside it</source>
        <translation>daneben kann keine Sperrdatei geschrieben werden</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+26"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>“%1” was not opened: “%2” beside it is the journal of another database (%3), and opening the project would write it into the project. Nothing was changed; move “%2” out of that folder, then open the project again.</source>
        <translation>„%1“ wurde nicht geöffnet: „%2“ daneben ist das Journal einer anderen Datenbank (%3), und das Öffnen würde es in das Projekt schreiben. Nichts wurde verändert; verschieben Sie „%2“ aus diesem Ordner und öffnen Sie das Projekt erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” was not opened: an edit interrupted by a crash could not be rolled back (%2). Nothing was lost; open it again where the file and its folder can be written.</source>
        <translation>„%1“ wurde nicht geöffnet: Eine durch einen Absturz unterbrochene Änderung ließ sich nicht zurückrollen (%2). Nichts ging verloren; öffnen Sie es erneut dort, wo Datei und Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is damaged: its header gives file format %2. It was not changed.</source>
        <translation>„%1“ ist beschädigt: Sein Kopf gibt Dateiformat %2 an. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be upgraded to the current format (%2); it was left as it was.</source>
        <translation>„%1“ konnte nicht auf das aktuelle Format aktualisiert werden (%2); die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a copy cannot replace the open project itself</source>
        <translation>eine Kopie kann nicht das geöffnete Projekt selbst ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder “%1” does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/core/storage/hotjournal.cpp" line="+116"/>
        <source>the project file is shorter than its header</source>
        <translation>die Projektdatei ist kürzer als ihr Kopf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page size (%1 bytes) is not the project&apos;s (%2 bytes)</source>
        <translation>seine Seitengröße (%1 Bytes) ist nicht die des Projekts (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it holds page %1 of a file that had %2 pages</source>
        <translation>es enthält Seite %1 einer Datei mit %2 Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written for a database of another application</source>
        <translation>es wurde für eine Datenbank einer anderen Anwendung geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was written for another file (change counter %1, the project&apos;s is %2)</source>
        <translation>es wurde für eine andere Datei geschrieben (Änderungszähler %1, der des Projekts ist %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its copy of the first page differs from the project&apos;s</source>
        <translation>seine Kopie der ersten Seite weicht von der des Projekts ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was written for a file of %1 pages; the project had %2</source>
        <translation>es wurde für eine Datei mit %1 Seiten geschrieben; das Projekt hatte %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/searchindex.cpp" line="+177"/>
        <source>this SQLite has no FTS5 full-text search</source>
        <translation>dieses SQLite hat keine FTS5-Volltextsuche</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamtables.cpp" line="+45"/>
        <source>the project file has an unusual reference in “%1”</source>
        <translation>die Projektdatei hat einen ungewöhnlichen Verweis in „%1“</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the project file has a table named “%1”</source>
        <translation>die Projektdatei hat eine Tabelle namens „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the project file has a column named “%1”</source>
        <translation>die Projektdatei hat eine Spalte namens „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamurl.cpp" line="+24"/>
        <source>a team project URL starts with postgresql://</source>
        <translation>eine Teamprojekt-URL beginnt mit postgresql://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the URL names no database (postgresql://user@host/DATABASE)</source>
        <translation>die URL nennt keine Datenbank (postgresql://user@host/DATABASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL&apos;s port is not a port number</source>
        <translation>der Port der URL ist keine Portnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sslmode “%1”</source>
        <translation>unbekannter sslmode „%1“</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamserver.cpp" line="+120"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a team project needs a name (…?project=NAME)</source>
        <translation>ein Teamprojekt braucht einen Namen (…?project=NAME)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the server refused the project list: %1</source>
        <translation>der Server verweigerte die Projektliste: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a team project named “%1” is already on this server</source>
        <translation>ein Teamprojekt namens „%1“ ist schon auf diesem Server</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamtables.cpp" line="+144"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamserver.cpp" line="+35"/>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamlive.cpp" line="+41"/>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/core/storage/teamserver.cpp" line="+11"/>
        <source>no team project named “%1” on this server</source>
        <translation>kein Teamprojekt namens „%1“ auf diesem Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/core/storage/teamserver.cpp" line="+4"/>
        <source>the server&apos;s project list is damaged (schema “%1”)</source>
        <translation>die Projektliste des Servers ist beschädigt (Schema „%1“)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the team server&apos;s edit functions are missing from this build</source>
        <translation>die Bearbeitungsfunktionen des Teamservers fehlen in diesem Build</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not connected before</source>
        <translation>vorher nicht verbunden</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamserver.cpp" line="+16"/>
        <source>the team project was published by a newer Crosscheck (format %1; this one writes %2)</source>
        <translation>das Teamprojekt wurde von einem neueren Crosscheck veröffentlicht (Format %1; dieses schreibt %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the team project has the older format %1; publish it again from a current Crosscheck</source>
        <translation>das Teamprojekt hat das ältere Format %1; veröffentlichen Sie es erneut aus einem aktuellen Crosscheck</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot move the copy into place at %1</source>
        <translation>die Kopie kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamrows.cpp" line="+94"/>
        <source>source %1 is not in the project</source>
        <translation>Quelle %1 ist nicht im Projekt</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamLink</name>
    <message>
        <location filename="../app/core/project/teamlink.cpp" line="+100"/>
        <source>the team server cannot be reached</source>
        <translation>der Teamserver ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamSession</name>
    <message>
        <location filename="../app/core/project/teamsession.cpp" line="+43"/>
        <source>the server has not answered for %1 s</source>
        <translation>der Server hat seit %1 s nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamSync</name>
    <message>
        <location filename="../app/core/project/teamconflicts.cpp" line="+138"/>
        <location filename="../app/core/project/teamsync.cpp" line="+349"/>
        <source>There is no refused edit to keep.</source>
        <translation>Es gibt keine abgelehnte Änderung zum Behalten.</translation>
    </message>
    <message>
        <location filename="../app/core/project/teamsync.cpp" line="+20"/>
        <source>it was removed on the server</source>
        <translation>sie wurde auf dem Server entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was already made on the server</source>
        <translation>sie wurde auf dem Server bereits vorgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it refers to something removed on the server</source>
        <translation>sie bezieht sich auf etwas, das auf dem Server entfernt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone annotated in it meanwhile</source>
        <translation>jemand hat inzwischen darin annotiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was changed on the server</source>
        <translation>sie wurde auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by %1 at %2</source>
        <translation>von %1 am %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TextDecoder</name>
    <message>
        <location filename="../app/core/importers/textdecoder.cpp" line="+21"/>
        <source>unknown character encoding %1</source>
        <translation>unbekannte Zeichenkodierung %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text could not be decoded as %1</source>
        <translation>der Text konnte nicht als %1 dekodiert werden</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a ZIP archive (e.g. a Word or OpenDocument file)</source>
        <translation>ein ZIP-Archiv (z. B. eine Word- oder OpenDocument-Datei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Microsoft Office file</source>
        <translation>eine alte Microsoft-Office-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the file is marked as UTF-8 but has invalid UTF-8 at byte %1</source>
        <translation>die Datei ist als UTF-8 gekennzeichnet, enthält aber ungültiges UTF-8 bei Byte %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this is %1, not text</source>
        <translation>dies ist %1, kein Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file contains binary data (NUL bytes), not text</source>
        <translation>die Datei enthält Binärdaten (NUL-Bytes), keinen Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid UTF-8 at byte %1 (the rest of the file is UTF-8); repair or re-save the file as UTF-8</source>
        <translation>ungültiges UTF-8 bei Byte %1 (der Rest der Datei ist UTF-8); reparieren Sie die Datei oder speichern Sie sie erneut als UTF-8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file looks like binary data, not text</source>
        <translation>die Datei sieht nach Binärdaten aus, nicht nach Text</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ZipArchive</name>
    <message>
        <location filename="../app/core/util/ziparchive.cpp" line="+119"/>
        <source>“%1” is not in the archive</source>
        <translation>„%1“ ist nicht im Archiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too large (%2 MB)</source>
        <translation>„%1“ ist zu groß (%2 MB)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::Action</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="+16"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste as New Source</source>
        <translation>Als neue Quelle &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Project from &amp;REFI-QDA…</source>
        <translation>Neues Projekt aus &amp;REFI-QDA…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish to &amp;Team Server…</source>
        <translation>Im &amp;Teamserver veröffentlichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Tea&amp;m Project…</source>
        <translation>Tea&amp;mprojekt öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lone Team Project…</source>
        <translation>Teamprojekt k&amp;lonen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resol&amp;ve Team Conflicts…</source>
        <translation>Team-Konflikte &amp;lösen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Source &amp;Details…</source>
        <translation>&amp;Angaben zur Quelle bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Source</source>
        <translation>Quelle &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;Quotation</source>
        <translation>Als &amp;Zitat kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Source…</source>
        <translation>In der Quelle &amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search All Sources…</source>
        <translation>Alle Quellen &amp;durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Overlaps</source>
        <translation>Überschneidungen &amp;finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter Sources</source>
        <translation>Quellen &amp;filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Source List</source>
        <translation>Zur &amp;Quellenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Reader</source>
        <translation>Zum &amp;Leser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare View</source>
        <translation>&amp;Vergleichsansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overlaps</source>
        <translation>Ü&amp;berschneidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage F&amp;amilies</source>
        <translation>Passagen-F&amp;amilien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source &amp;Matrix</source>
        <translation>Quellen&amp;matrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading &amp;Lens</source>
        <translation>Lese&amp;lupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Original Markup</source>
        <translation>&amp;Originalauszeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Overlap</source>
        <translation>&amp;Nächste Überschneidung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Overlap</source>
        <translation>&amp;Vorige Überschneidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Difference</source>
        <translation>Nächster &amp;Unterschied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Di&amp;fference</source>
        <translation>Voriger U&amp;nterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swap Panes</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other Pane</source>
        <translation>&amp;Andere Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare &amp;With…</source>
        <translation>Vergleichen &amp;mit …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Passage&apos;s F&amp;amily</source>
        <translation>&amp;Familie der Passage öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept / Confirm</source>
        <translation>&amp;Annehmen / Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject / Dismiss</source>
        <translation>Ab&amp;lehnen / Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the &amp;Verdict</source>
        <translation>&amp;Urteil aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Item</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Item</source>
        <translation>&amp;Voriger Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Item…</source>
        <translation>Eintrag &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;type Item…</source>
        <translation>&amp;Typ des Eintrags ändern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote on Item…</source>
        <translation>N&amp;otiz zum Eintrag …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip Item</source>
        <translation>Eintrag &amp;überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group or Ungroup the Name&apos;s Occurrences</source>
        <translation>Vorkommen des Namens &amp;gruppieren oder aufteilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept This Name Everywhere</source>
        <translation>Diesen Namen überall ann&amp;ehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reject This Name Everywhere</source>
        <translation>Diesen Namen überall ab&amp;lehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept Every Suggestion of This T&amp;ype</source>
        <translation>Jeden Vorschlag dieses Typs anneh&amp;men</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ject Every Suggestion of This Type</source>
        <translation>&amp;Jeden Vorschlag dieses Typs ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;build the Queue</source>
        <translation>Warteschlange neu &amp;aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;markieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend Selection to Sentence End</source>
        <translation>Auswahl bis zum Satzende erweitern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend Selection to Sentence Start</source>
        <translation>Auswahl bis zum Satzanfang erweitern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag &amp;All Occurrences</source>
        <translation>&amp;Alle Vorkommen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark Span for a Link</source>
        <translation>Abschnitt für eine Verknüpfung &amp;vormerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link to the Marked Span…</source>
        <translation>Mit vorgemerktem Abschnitt &amp;verknüpfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next M&amp;ention</source>
        <translation>Nächste &amp;Erwähnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Mentio&amp;n</source>
        <translation>Vorige Erwä&amp;hnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Entity or Link…</source>
        <translation>Entität oder Verknüpfung &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Mention, Entity or Link</source>
        <translation>Erwähnung, Entität oder Verknüpfung &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me&amp;rge Entities</source>
        <translation>Entitäten &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit Entity…</source>
        <translation>Entität &amp;aufteilen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity T&amp;ypes…</source>
        <translation>Entitäts&amp;typen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contradictions and &amp;Links</source>
        <translation>Widersprüche und &amp;Verknüpfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review Mode</source>
        <translation>&amp;Prüfmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cl&amp;aims</source>
        <translation>&amp;Aussagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch Between &amp;Light and Dark Theme</source>
        <translation>Zwischen &amp;hellem und dunklem Farbschema wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Crosscheck</source>
        <translation>Ü&amp;ber Crosscheck</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ActionCategory</name>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ActionRegistry</name>
    <message>
        <location line="+80"/>
        <source>in review mode</source>
        <translation>im Prüfmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the compare view, the passage list and review mode</source>
        <translation>in der Vergleichsansicht, der Passagenliste und im Prüfmodus</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationActions</name>
    <message>
        <location filename="../ui/actions/annotationactions.cpp" line="+84"/>
        <source>The project is read-only (%1).</source>
        <translation>Das Projekt ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select text in the reader or the compare view first (Shift+arrows, Ctrl+Shift+arrows by word).</source>
        <translation>Wählen Sie zuerst Text im Leser oder in der Vergleichsansicht aus (Umschalt+Pfeile, Strg+Umschalt+Pfeile wortweise).</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Tagged as “%1”. %n more occurrence(s) in the project: %2 tags them all.</source>
        <translation>
            <numerusform>Als „%1“ markiert. %n weiteres Vorkommen im Projekt: %2 markiert es.</numerusform>
            <numerusform>Als „%1“ markiert. %n weitere Vorkommen im Projekt: %2 markiert sie alle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tagged as “%1”.</source>
        <translation>Als „%1“ markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tag a mention first, or choose an entity in the Entities tab.</source>
        <translation>Markieren Sie zuerst eine Erwähnung oder wählen Sie eine Entität im Reiter Entitäten.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tagged %n more occurrence(s) of “%1” (one undo step).</source>
        <translation>
            <numerusform>%n weiteres Vorkommen von „%1“ markiert (ein Rückgängig-Schritt).</numerusform>
            <numerusform>%n weitere Vorkommen von „%1“ markiert (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the first passage of the link, then mark it.</source>
        <translation>Wählen Sie die erste Passage der Verknüpfung und merken Sie sie vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marked. Now select the other passage (in this or another source) and press %1.</source>
        <translation>Vorgemerkt. Wählen Sie nun die andere Passage (in dieser oder einer anderen Quelle) und drücken Sie %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark the first passage first (%1).</source>
        <translation>Merken Sie zuerst die erste Passage vor (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the second passage of the link.</source>
        <translation>Wählen Sie die zweite Passage der Verknüpfung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link recorded (see the Links tab, %1).</source>
        <translation>Verknüpfung festgehalten (siehe Reiter Verknüpfungen, %1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the selected link</source>
        <translation>die gewählte Verknüpfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a source, an entity or a link to write a note on.</source>
        <translation>Öffnen Sie eine Quelle, eine Entität oder eine Verknüpfung, um eine Notiz zu schreiben.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No mentions to step through.</source>
        <translation>Keine Erwähnungen zum Durchgehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mention %1 of %2</source>
        <translation>Erwähnung %1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link</source>
        <translation>Diese Verknüpfung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an entity (Entities tab, or the caret on a mention) or a link to edit.</source>
        <translation>Wählen Sie eine Entität (Reiter Entitäten oder Schreibmarke auf einer Erwähnung) oder eine Verknüpfung zum Bearbeiten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept the newer version; your changes were not saved.</source>
        <translation>Die neuere Fassung wurde behalten; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to delete here: put the caret on a mention, or choose an entity or a link.</source>
        <translation>Hier gibt es nichts zu löschen: Setzen Sie die Schreibmarke auf eine Erwähnung oder wählen Sie eine Entität oder Verknüpfung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select two or more entities in the Entities tab (Shift+Up/Down or Ctrl+Space) to merge them.</source>
        <translation>Wählen Sie zwei oder mehr Entitäten im Reiter Entitäten (Umschalt+Auf/Ab oder Strg+Leertaste), um sie zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the merged entity (choose one, or type a new name; the others become aliases):</source>
        <translation>Name der zusammengeführten Entität (einen wählen oder einen neuen eingeben; die anderen werden zu Aliasen):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the entity to split in the Entities tab.</source>
        <translation>Wählen Sie die aufzuteilende Entität im Reiter Entitäten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1” (%n mention(s))</source>
        <translation>
            <numerusform>„%1“ (%n Erwähnung)</numerusform>
            <numerusform>„%1“ (%n Erwähnungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Split Entity</source>
        <translation>Entität aufteilen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move the mentions written as:</source>
        <translation>Die Erwähnungen verschieben, die so geschrieben sind:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new entity:</source>
        <translation>Name der neuen Entität:</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AuthorPrompt</name>
    <message>
        <location filename="../ui/authorprompt.cpp" line="+29"/>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crosscheck records who made each edit. The name to record for yours (Preferences can change it later):</source>
        <translation>Crosscheck hält fest, wer welche Änderung gemacht hat. Der Name für Ihre Änderungen (in den Einstellungen später änderbar):</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ChangedNotice</name>
    <message>
        <location filename="../ui/changednotice.cpp" line="+21"/>
        <source>Changed meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed Meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed while you were editing it (by someone on the team, or by an undo).</source>
        <translation>%1 wurde geändert, während Sie es bearbeitet haben (von jemandem im Team oder durch Rückgängigmachen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save yours over the newer version, or keep the newer one and let yours go?</source>
        <translation>Ihre Fassung über die neuere speichern, oder die neuere behalten und Ihre verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Mine</source>
        <translation>&amp;Meine speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Ihre behalten</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ClaimsPanel</name>
    <message>
        <location filename="../ui/claimspanel.cpp" line="+24"/>
        <source>F&amp;ind Claims</source>
        <translation>Aussagen f&amp;inden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claims that disagree</source>
        <translation>Aussagen, die sich widersprechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right or + opens an item&apos;s sources; Enter on a source opens its sentence in the reader. Review mode (Ctrl+9) accepts or rejects them.</source>
        <translation>Rechts oder + öffnet die Quellen eines Eintrags; Eingabe auf einer Quelle öffnet ihren Satz im Leser. Im Prüfmodus (Strg+9) werden sie angenommen oder abgelehnt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find Claims compares every sentence of every source.</source>
        <translation>Aussagen finden vergleicht jeden Satz jeder Quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project has changed: Find Claims again to update.</source>
        <translation>Das Projekt hat sich geändert: Aussagen erneut finden, um zu aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n possible contradiction(s)</source>
        <translation>
            <numerusform>%n möglicher Widerspruch</numerusform>
            <numerusform>%n mögliche Widersprüche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n possible corroboration(s)</source>
        <translation>
            <numerusform>%n mögliche Bestätigung</numerusform>
            <numerusform>%n mögliche Bestätigungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongest first</source>
        <translation>die stärksten zuerst</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CommandLine</name>
    <message>
        <location filename="../ui/commandline.cpp" line="+16"/>
        <source>Compare news articles about one event.</source>
        <translation>Nachrichtenartikel über ein Ereignis vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the bundled sample project.</source>
        <translation>Das mitgelieferte Beispielprojekt öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the project read-only: nothing is written to it.</source>
        <translation>Das Projekt schreibgeschützt öffnen: Es wird nichts hineingeschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language (en, de, uk).</source>
        <translation>Sprache der Oberfläche (en, de, uk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A .crosscheck project to open.</source>
        <translation>Ein .crosscheck-Projekt, das geöffnet wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give one project, or --sample.</source>
        <translation>Geben Sie ein Projekt an oder --sample.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--read-only needs a project to open.</source>
        <translation>--read-only braucht ein Projekt, das geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CommandPalette</name>
    <message>
        <location filename="../ui/commandpalette.cpp" line="+24"/>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a command</source>
        <translation>Befehl eingeben</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CompareView</name>
    <message>
        <location filename="../ui/compareview.cpp" line="+55"/>
        <source>Choose a pair of sources: Enter on a passage in Overlaps, on a cell of the source matrix, or “Compare With…” here.</source>
        <translation>Wählen Sie ein Quellenpaar: Eingabetaste auf einer Passage unter Überschneidungen, auf einer Zelle der Quellenmatrix, oder hier „Vergleichen mit …“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;s&gt;struck through&lt;/s&gt;: only on the left · &lt;u&gt;underlined&lt;/u&gt;: only on the right · wavy underline: replaced words · dashed box: moved words · dashed ribbon: moved passage</source>
        <translation>&lt;s&gt;durchgestrichen&lt;/s&gt;: nur links · &lt;u&gt;unterstrichen&lt;/u&gt;: nur rechts · Wellenlinie: ersetzte Wörter · gestrichelter Rahmen: verschobene Wörter · gestricheltes Band: verschobene Passage</translation>
    </message>
    <message>
        <location line="+388"/>
        <location filename="../ui/compareviewsteps.cpp" line="+26"/>
        <location line="+13"/>
        <source>These two sources share no passages.</source>
        <translation>Diese beiden Quellen haben keine gemeinsamen Passagen.</translation>
    </message>
    <message>
        <location filename="../ui/compareviewsteps.cpp" line="-9"/>
        <source>Last passage of this pair.</source>
        <translation>Letzte Passage dieses Paars.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First passage of this pair.</source>
        <translation>Erste Passage dieses Paars.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No further difference in this pair.</source>
        <translation>Kein weiterer Unterschied in diesem Paar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No earlier difference in this pair.</source>
        <translation>Kein früherer Unterschied in diesem Paar.</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="-171"/>
        <source>A comparison needs at least two sources.</source>
        <translation>Ein Vergleich braucht mindestens zwei Quellen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” shares no passages with another source.</source>
        <translation>„%1“ hat mit keiner anderen Quelle Passagen gemeinsam.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This passage is shared by these two sources only: it has no family.</source>
        <translation>Nur diese beiden Quellen teilen diese Passage: Sie hat keine Familie.</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n gemeinsame Passage</numerusform>
            <numerusform>%n gemeinsame Passagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passage %1 of %2</source>
        <translation>Passage %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1%</source>
        <translation>Wert %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>family F%1</source>
        <translation>Familie F%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>difference %1 of %2</source>
        <translation>Unterschied %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EntityDialog</name>
    <message>
        <location filename="../ui/entitydialog.cpp" line="+37"/>
        <source>Edit Entity</source>
        <translation>Entität bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases (one per line):</source>
        <translation>&amp;Aliasse (einer pro Zeile):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This entity was removed meanwhile (by someone on the team, or an undo); saving will not bring it back.</source>
        <translation>Diese Entität wurde inzwischen entfernt (von jemandem im Team oder durch Rückgängigmachen); Speichern bringt sie nicht zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed meanwhile (by someone on the team, or an undo): it is now “%1” (%2). What you typed here stays; saving asks which to keep.</source>
        <translation>Inzwischen geändert (von jemandem im Team oder durch Rückgängigmachen): jetzt „%1“ (%2). Was Sie hier eingegeben haben, bleibt; beim Speichern werden Sie gefragt, welche Fassung bleibt.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EntityPanel</name>
    <message>
        <location filename="../ui/entitypanel.cpp" line="+30"/>
        <source>Select an entity to highlight its mentions; F3 / Shift+F3 step through them. Ctrl+E edits it (name, type, aliases), Ctrl+Shift+M merges the selected entities, Ctrl+Shift+T tags all its occurrences.</source>
        <translation>Wählen Sie eine Entität, um ihre Erwähnungen hervorzuheben; F3 / Umschalt+F3 gehen sie durch. Strg+E bearbeitet sie (Name, Typ, Aliasse), Strg+Umschalt+M führt die gewählten Entitäten zusammen, Strg+Umschalt+T markiert alle Vorkommen.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EntityTypesDialog</name>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="+35"/>
        <source>Entity Types</source>
        <translation>Entitätstypen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pick…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd Type</source>
        <translation>Typ &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Type</source>
        <translation>Typ &amp;entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nested under:</source>
        <translation>&amp;Untergeordnet unter:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+43"/>
        <source>&amp;Byte-order mark (for spreadsheets)</source>
        <translation>&amp;Byte-Order-Mark (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: mentions and links</source>
        <translation>CSV: Erwähnungen und Verknüpfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat standoff</source>
        <translation>brat-Standoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder…)</source>
        <translation>REFI-QDA-Projekt (ATLAS.ti, MAXQDA, NVivo, QualCoder…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst report (HTML)</source>
        <translation>Analysebericht (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst report (PDF)</source>
        <translation>Analysebericht (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern nach:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Pre&amp;view: the PDF report has no text preview; the HTML report has the same content.</source>
        <translation>&amp;Vorschau: Der PDF-Bericht hat keine Textvorschau; der HTML-Bericht hat denselben Inhalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view of %1: the file is empty.</source>
        <translation>&amp;Vorschau von %1: Die Datei ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pre&amp;view of %1 (the start; %n line(s) in all):</source>
        <translation>
            <numerusform>&amp;Vorschau von %1 (der Anfang; %n Zeile insgesamt):</numerusform>
            <numerusform>&amp;Vorschau von %1 (der Anfang; %n Zeilen insgesamt):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view of %1:</source>
        <translation>&amp;Vorschau von %1:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wohin der Export gespeichert wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the report to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n Annotation nach %1 exportiert</numerusform>
            <numerusform>%n Annotationen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FamilyView</name>
    <message>
        <location filename="../ui/familyview.cpp" line="+103"/>
        <source>Read down: one column per source, one row per stretch of text. ★ reference (the member that carries most of the others&apos; words). Bold underlined: worded differently · underlined: added · grey struck through: missing here. Alt+Right / Alt+Left: next / previous variation.</source>
        <translation>Von oben nach unten lesen: eine Spalte je Quelle, eine Zeile je Textabschnitt. ★ Referenz (das Mitglied, das die meisten Wörter der anderen enthält). Fett unterstrichen: anders formuliert · unterstrichen: hinzugefügt · grau durchgestrichen: fehlt hier. Alt+Rechts / Alt+Links: nächste / vorige Abweichung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fami&amp;lies</source>
        <translation>Fami&amp;lien</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Family F%1: %n source(s)</source>
        <translation>
            <numerusform>Familie F%1: %n Quelle</numerusform>
            <numerusform>Familie F%1: %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published first: %1 (%2)</source>
        <translation>zuerst veröffentlicht: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publication dates do not tell which came first</source>
        <translation>die Veröffentlichungsdaten zeigen nicht, was zuerst kam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains most of the others: %1 (%2% of their words)</source>
        <translation>enthält das meiste der anderen: %1 (%2 % ihrer Wörter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likely origin: %1</source>
        <translation>wahrscheinlicher Ursprung: %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FileActions</name>
    <message>
        <location filename="../ui/actions/fileactions.cpp" line="+37"/>
        <source>Crosscheck projects (*.crosscheck)</source>
        <translation>Crosscheck-Projekte (*.crosscheck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change could not be saved and was not made: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden und wurde nicht vorgenommen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../ui/actions/fileopen.cpp" line="+36"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/actions/fileopen.cpp" line="-14"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a Folder of Articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New Project from REFI-QDA</source>
        <translation>Neues Projekt aus REFI-QDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>REFI-QDA-Projekte (*.qdpx *.qde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the Imported Project As</source>
        <translation>Importiertes Projekt speichern unter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>REFI-QDA Project Imported</source>
        <translation>REFI-QDA-Projekt importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Details lists what has no place in Crosscheck.</source>
        <translation>„Details anzeigen“ listet auf, was in Crosscheck keinen Platz hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The copy could not be saved: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Project Already Open</source>
        <translation>Projekt bereits geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some Annotations Were Set Aside</source>
        <translation>Einige Annotationen wurden beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../ui/actions/fileopen.cpp" line="+1"/>
        <source>“%1” is an article, not a Crosscheck project.</source>
        <translation>„%1“ ist ein Artikel, kein Crosscheck-Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import it into the open project?</source>
        <translation>In das geöffnete Projekt importieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new project with it?</source>
        <translation>Ein neues Projekt damit beginnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import into This Project</source>
        <translation>In dieses Projekt &amp;importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Project with It…</source>
        <translation>&amp;Neues Projekt damit…</translation>
    </message>
    <message>
        <location filename="../ui/actions/fileactions.cpp" line="+11"/>
        <source>Cannot Create Project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) could not be mapped.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht übernommen werden.</numerusform>
            <numerusform>%n Einträge konnten nicht übernommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Create the Sample Project</source>
        <translation>Beispielprojekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample Project</source>
        <translation>Beispielprojekt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a project first, then import articles into it.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt und importieren Sie dann Artikel hinein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+35"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+30"/>
        <source>The project is read-only (%1).</source>
        <translation>Das Projekt ist schreibgeschützt (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importiere %1 (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import cancelled: %n source(s) added</source>
        <translation>
            <numerusform>Import abgebrochen: %n Quelle hinzugefügt</numerusform>
            <numerusform>Import abgebrochen: %n Quellen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>%n Quelle importiert</numerusform>
            <numerusform>%n Quellen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n bereits im Projekt</numerusform>
            <numerusform>%n bereits im Projekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n Datei nicht importiert</numerusform>
            <numerusform>%n Dateien nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each file below was left out whole; everything else was imported.</source>
        <translation>Jede der folgenden Dateien wurde vollständig ausgelassen; alles andere wurde importiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+33"/>
        <source>Find Overlaps</source>
        <translation>Überschneidungen finden</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Finding overlaps…</source>
        <translation>Suche Überschneidungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading sources…</source>
        <translation>Lese Quellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning passages…</source>
        <translation>Richte Passagen aus…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Overlaps are up to date: %n passage pair(s)</source>
        <translation>
            <numerusform>Die Überschneidungen sind aktuell: %n Passagenpaar</numerusform>
            <numerusform>Die Überschneidungen sind aktuell: %n Passagenpaare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding overlaps was cancelled; nothing changed.</source>
        <translation>Die Suche nach Überschneidungen wurde abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Found overlaps: %n passage pair(s) in the project</source>
        <translation>
            <numerusform>Überschneidungen gefunden: %n Passagenpaar im Projekt</numerusform>
            <numerusform>Überschneidungen gefunden: %n Passagenpaare im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results could not be saved: %1</source>
        <translation>Die Ergebnisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paste as New Source</source>
        <translation>Als neue Quelle einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added pasted text as “%1”</source>
        <translation>Eingefügter Text als „%1“ hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Removed %n source(s); Undo brings them back</source>
        <translation>
            <numerusform>%n Quelle entfernt; Rückgängig holt sie zurück</numerusform>
            <numerusform>%n Quellen entfernt; Rückgängig holt sie zurück</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept the newer version; your changes were not saved.</source>
        <translation>Die neuere Fassung wurde behalten; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="+28"/>
        <location line="+1"/>
        <source>Find in this source</source>
        <translation>In dieser Quelle suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::LinkDialog</name>
    <message>
        <location filename="../ui/linkdialog.cpp" line="+37"/>
        <source>Edit Link</source>
        <translation>Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a Link</source>
        <translation>Verknüpfung festhalten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passage A:</source>
        <translation>Passage A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage B:</source>
        <translation>Passage B:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This link was removed meanwhile (by someone on the team, or an undo); saving will not bring it back.</source>
        <translation>Diese Verknüpfung wurde inzwischen entfernt (von jemandem im Team oder durch Rückgängigmachen); Speichern bringt sie nicht zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed meanwhile (by someone on the team, or an undo). What you chose here stays; saving asks which to keep.</source>
        <translation>Inzwischen geändert (von jemandem im Team oder durch Rückgängigmachen). Was Sie hier gewählt haben, bleibt; beim Speichern werden Sie gefragt, welche Fassung bleibt.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::LinksPanel</name>
    <message>
        <location filename="../ui/linkspanel.cpp" line="+30"/>
        <source>Any relation</source>
        <translation>Jede Beziehung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;lation:</source>
        <translation>Bez&amp;iehung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens both passages side by side; Ctrl+Shift+N writes a note on the selected link; Ctrl+L with two marked spans records a new one.</source>
        <translation>Eingabe öffnet beide Passagen nebeneinander; Strg+Umschalt+N schreibt eine Notiz zur gewählten Verknüpfung; Strg+L mit zwei vorgemerkten Abschnitten hält eine neue fest.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+72"/>
        <location line="+193"/>
        <source>Crosscheck</source>
        <translation>Crosscheck</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Reader</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;h3&gt;Crosscheck %1&lt;/h3&gt;&lt;p&gt;Compare news articles about one event: overlapping passages, word-level differences, entities and contradictions.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty; the libraries and data it includes are credited in NOTICE.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crosscheck %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel über ein Ereignis vergleichen: überlappende Passagen, Unterschiede auf Wortebene, Entitäten und Widersprüche.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), ohne Gewährleistung; die enthaltenen Bibliotheken und Daten sind in NOTICE genannt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actions/menus.cpp" line="+35"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;nnotate</source>
        <translation>An&amp;notieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;view Mode</source>
        <translation>&amp;Prüfmodus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+40"/>
        <source>%1 — Crosscheck</source>
        <translation>%1 — Crosscheck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: %1. Nothing you do here is saved to this file; use File › Save a Copy As… to keep a copy you can edit.</source>
        <translation>Schreibgeschützt: %1. Nichts, was Sie hier tun, wird in dieser Datei gespeichert; mit Datei › Kopie speichern unter… erhalten Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage pair(s)</source>
        <translation>
            <numerusform>%n Passagenpaar</numerusform>
            <numerusform>%n Passagenpaare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps not up to date (%1)</source>
        <translation>Überschneidungen nicht aktuell (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>About Crosscheck</source>
        <translation>Über Crosscheck</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>An import or analysis is running: cancel it first.</source>
        <translation>Ein Import oder eine Analyse läuft: Brechen Sie sie zuerst ab.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::Navigator</name>
    <message>
        <location filename="../ui/navigator.cpp" line="+202"/>
        <source>Reading lens on: quotes, numbers, dates, attribution and entity names (%1)</source>
        <translation>Leselupe an: Zitate, Zahlen, Daten, Quellenangaben und Entitätsnamen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading lens off</source>
        <translation>Leselupe aus</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No overlaps to step through: run Find Overlaps first.</source>
        <translation>Keine Überschneidungen zum Durchgehen: zuerst „Überschneidungen finden“ ausführen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This passage has no family.</source>
        <translation>Diese Passage hat keine Familie.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NoteDialog</name>
    <message>
        <location filename="../ui/notedialog.cpp" line="+30"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on %1 (empty deletes it; Ctrl+Return saves):</source>
        <translation>Notiz zu %1 (leer löscht sie; Strg+Eingabe speichert):</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+32"/>
        <source>Filter notes by any word of their text, target or author</source>
        <translation>Notizen nach einem beliebigen Wort aus Text, Ziel oder Autor filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter notes</source>
        <translation>Notizen filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter goes to the note&apos;s source, passage, entity or link. Notes are written with Ctrl+Shift+N on what you have selected.</source>
        <translation>Eingabe springt zur Quelle, Passage, Entität oder Verknüpfung der Notiz. Notizen schreiben Sie mit Strg+Umschalt+N zu dem, was Sie ausgewählt haben.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::OverlapsPanel</name>
    <message>
        <location filename="../ui/overlapspanel.cpp" line="+57"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbatim</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any verdict</source>
        <translation>Jedes Urteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Min. score:</source>
        <translation>&amp;Min. Punktzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verd&amp;ict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passa&amp;ges</source>
        <translation>Passa&amp;gen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Source &amp;pairs</source>
        <translation>Quellen&amp;paare</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n passage pair(s) shown</source>
        <translation>
            <numerusform>%1 von %n Passagenpaar angezeigt</numerusform>
            <numerusform>%1 von %n Passagenpaaren angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n family(ies) of 3+ sources</source>
        <translation>
            <numerusform>%n Familie aus 3+ Quellen</numerusform>
            <numerusform>%n Familien aus 3+ Quellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Crosscheck starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Crosscheck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name (edit log):</source>
        <translation>&amp;Ihr Name (Änderungsprotokoll):</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Follow the system (%1)</source>
        <translation>Dem System folgen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour &amp;theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader, the compare view, entity tags, differences and the reading lens take their colours from the theme; text keeps a contrast of at least 4.5:1 on every highlight. Themes from %1.</source>
        <translation>Leseansicht, Vergleichsansicht, Entitätsmarken, Unterschiede und Leselupe übernehmen ihre Farben aus dem Schema; Text behält auf jeder Hervorhebung einen Kontrast von mindestens 4,5:1. Schemata aus %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sa&amp;mple:</source>
        <translation>&amp;Beispiel:</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;All</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 is used by both “%2” and “%3”.</source>
        <translation>%1 wird sowohl von „%2“ als auch von „%3“ verwendet.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ingrid Solberg</source>
        <translation>Ingrid Solberg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared words</source>
        <translation>gemeinsame Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current passage</source>
        <translation>aktuelle Passage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coast guard said on Tuesday that 1,200 tonnes had leaked. “We are working around the clock,” %1 told reporters.</source>
        <translation>Die Küstenwache sagte am Dienstag, 1.200 Tonnen seien ausgelaufen. „Wir arbeiten rund um die Uhr“, sagte %1 gegenüber Reportern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolve the conflicts before saving.</source>
        <translation>Lösen Sie die Konflikte vor dem Speichern.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ProblemsDialog</name>
    <message>
        <location filename="../ui/problemsdialog.cpp" line="+36"/>
        <source>&amp;Copy List</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ProgressDialog</name>
    <message>
        <location filename="../ui/progressdialog.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ProjectSession</name>
    <message>
        <location filename="../ui/projectsession.cpp" line="+104"/>
        <source>The copy of the team project on this computer is read-only (%1).</source>
        <translation>Die Kopie des Teamprojekts auf diesem Computer ist schreibgeschützt (%1).</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="+56"/>
        <source>Select a source to read it.</source>
        <translation>Wählen Sie eine Quelle, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Outlet:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported from:</source>
        <translation>Importiert aus:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Original file %1 (%2, %3, %4), shown as text: nothing in it is rendered or loaded.</source>
        <translation>Originaldatei %1 (%2, %3, %4), als Text gezeigt: nichts darin wird dargestellt oder geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pasted)</source>
        <translation>(eingefügt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is too large to highlight.</source>
        <translation>Sie ist zu groß zum Hervorheben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>— applied by a batch run, confidence %1%</source>
        <translation>— von einem Stapellauf angewendet, Konfidenz %1 %</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewActions</name>
    <message>
        <location filename="../ui/actions/reviewactions.cpp" line="+89"/>
        <source>No passage is selected.</source>
        <translation>Keine Passage ausgewählt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+33"/>
        <source>Retype</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Type of “%1”:</source>
        <translation>Typ von „%1“:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type of contradiction:</source>
        <translation>Art des Widerspruchs:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this item</source>
        <translation>diesen Eintrag</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewContext</name>
    <message numerus="yes">
        <location filename="../ui/reviewcontext.cpp" line="+89"/>
        <source>Also suggested %n more time(s):</source>
        <translation>
            <numerusform>Noch %n weiteres Mal vorgeschlagen:</numerusform>
            <numerusform>Noch %n weitere Male vorgeschlagen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="+176"/>
        <source>This is the last item.</source>
        <translation>Das ist der letzte Eintrag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is the first item.</source>
        <translation>Das ist der erste Eintrag.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Only a suggested name can be decided everywhere at once.</source>
        <translation>Nur ein vorgeschlagener Name lässt sich überall auf einmal entscheiden.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>J / K: next / previous · A: accept · X: reject · E: edit · T: retype · N: note · S: skip · G: a name&apos;s occurrences one by one · Shift+A / Shift+X: the name everywhere · Ctrl+Shift+A / Ctrl+Shift+R: every suggestion of the type · F5: rebuild the queue</source>
        <translation>J / K: nächster / voriger · A: annehmen · X: ablehnen · E: bearbeiten · T: Typ ändern · N: Notiz · S: überspringen · G: die Vorkommen eines Namens einzeln · Umschalt+A / Umschalt+X: der Name überall · Strg+Umschalt+A / Strg+Umschalt+R: jeder Vorschlag des Typs · F5: Warteschlange neu aufbauen</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>This item has no other occurrences.</source>
        <translation>Dieser Eintrag hat keine weiteren Vorkommen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Only suggested names can be decided by type.</source>
        <translation>Nur vorgeschlagene Namen lassen sich nach Typ entscheiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every %1</source>
        <translation>Alle vom Typ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: tagged %n time(s).</source>
        <translation>
            <numerusform>%1: %n-mal getaggt.</numerusform>
            <numerusform>%1: %n-mal getaggt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: rejected %n time(s).</source>
        <translation>
            <numerusform>%1: %n-mal abgelehnt.</numerusform>
            <numerusform>%1: %n-mal abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source> (also in %n more pair(s) of sources)</source>
        <translation>
            <numerusform> (auch in %n weiteren Quellenpaar)</numerusform>
            <numerusform> (auch in %n weiteren Quellenpaaren)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible corroboration, %1% sure: %2</source>
        <translation>Mögliche Bestätigung, zu %1 % sicher: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible contradiction (%1), %2% sure: %3</source>
        <translation>Möglicher Widerspruch (%1), %2 % sicher: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same entity? %1 (%2)</source>
        <translation>Dieselbe Entität? %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity? “%1” as %2 “%3”, %4% sure (%5)</source>
        <translation>Entität? „%1“ als %2 „%3“, %4 % sicher (%5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared passage (%1, score %2%): confirm or dismiss</source>
        <translation>Gemeinsame Passage (%1, Wert %2 %): bestätigen oder verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Nothing awaits a decision (%n decided).</source>
        <translation>
            <numerusform>Nichts wartet auf eine Entscheidung (%n entschieden).</numerusform>
            <numerusform>Nichts wartet auf eine Entscheidung (%n entschieden).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F5 to look for suggestions again.</source>
        <translation>Drücken Sie F5, um erneut nach Vorschlägen zu suchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Item %1 of %2 · %n decided</source>
        <translation>
            <numerusform>Eintrag %1 von %2 · %n entschieden</numerusform>
            <numerusform>Eintrag %1 von %2 · %n entschieden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>occurrence %1 of %2 (G: fold them into one item)</source>
        <translation>Vorkommen %1 von %2 (G: zu einem Eintrag zusammenfassen)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n occurrence(s) of this name (G: one by one; Shift+A / Shift+X: all of them)</source>
        <translation>
            <numerusform>%n Vorkommen dieses Namens (G: einzeln; Umschalt+A / Umschalt+X: alle)</numerusform>
            <numerusform>%n Vorkommen dieses Namens (G: einzeln; Umschalt+A / Umschalt+X: alle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchActions</name>
    <message>
        <location filename="../ui/actions/searchactions.cpp" line="+54"/>
        <source>Hit marked. Select the other passage and press %1.</source>
        <translation>Treffer markiert. Wählen Sie die andere Passage und drücken Sie %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No hits to step through: search all sources (%1) or find in this source (%2) first.</source>
        <translation>Keine Treffer zum Durchgehen: Durchsuchen Sie zuerst alle Quellen (%1) oder diese Quelle (%2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select the words to quote in the reader or a compare pane first.</source>
        <translation>Wählen Sie zuerst die zu zitierenden Wörter im Leser oder in einem Vergleichsbereich aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied as a quotation with its source.</source>
        <translation>Als Zitat mit Quelle kopiert.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchPanel</name>
    <message>
        <location filename="../ui/searchpanel.cpp" line="+44"/>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Ausdr&amp;uck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case an&amp;d accents</source>
        <translation>Groß-/Kleinschreibung und A&amp;kzente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tag All Hits as Entity…</source>
        <translation>Alle Treffer als Entität &amp;markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Hit for a Link</source>
        <translation>Treffer für eine &amp;Verknüpfung vormerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Results</source>
        <translation>Ergebnisse &amp;kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words, &quot;a phrase&quot;, prefix*, AND, OR, NOT, refused NEAR Putin, NEAR(a b, 5)</source>
        <translation>Wörter, &quot;eine Phrase&quot;, Präfix*, AND, OR, NOT, refused NEAR Putin, NEAR(a b, 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter opens a hit in the reader; F3 and Shift+F3 step through the hits across sources. Names of registry entities also find their aliases, spelling variants and tagged mentions; &quot;quotes&quot; find exactly what they hold.</source>
        <translation>Eingabe öffnet einen Treffer im Leser; F3 und Umschalt+F3 gehen die Treffer über alle Quellen durch. Namen von Registry-Entitäten finden auch ihre Aliasse, Schreibvarianten und markierten Erwähnungen; &quot;Anführungszeichen&quot; finden genau ihren Inhalt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a hit in the list first.</source>
        <translation>Wählen Sie zuerst einen Treffer in der Liste.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this outlet</source>
        <translation>Nur dieses Medium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on or after</source>
        <translation>Veröffentlicht am oder nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on or before</source>
        <translation>Veröffentlicht am oder vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language (en)</source>
        <translation>Sprache (en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this language</source>
        <translation>Nur diese Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only hits on entities of this type</source>
        <translation>Nur Treffer auf Entitäten dieses Typs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside shared passages only</source>
        <translation>Nur in gemeinsamen Passagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in text found nowhere else</source>
        <translation>Nur in Text, der sonst nirgends vorkommt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the sources</source>
        <translation>Wo in den Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected sources only</source>
        <translation>Nur ausgewählte Quellen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search every source of the project.</source>
        <translation>Alle Quellen des Projekts durchsuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No project is open.</source>
        <translation>Kein Projekt ist geöffnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any text</source>
        <translation>Jeder Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entities: %1</source>
        <translation>Entitäten: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing the sources for search…</source>
        <translation>Die Quellen werden für die Suche indiziert…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No hits.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n source(s)</source>
        <translation>
            <numerusform>in %n Quelle</numerusform>
            <numerusform>in %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(searching…)</source>
        <translation>(sucht…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also searched: %1</source>
        <translation>auch gesucht: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No results to copy.</source>
        <translation>Keine Ergebnisse zum Kopieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Copied %n hit(s) as a table.</source>
        <translation>
            <numerusform>%n Treffer als Tabelle kopiert.</numerusform>
            <numerusform>%n Treffer als Tabelle kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search first: there are no hits to tag.</source>
        <translation>Suchen Sie zuerst: Es gibt keine Treffer zum Markieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Tag All Hits</source>
        <translation>Alle Treffer markieren</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Tag the %n hit(s) as mentions of (an entity of the registry, or a new one):</source>
        <translation>
            <numerusform>Den %n Treffer als Erwähnung markieren von (einer Entität der Registry oder einer neuen):</numerusform>
            <numerusform>Die %n Treffer als Erwähnungen markieren von (einer Entität der Registry oder einer neuen):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is new. Its type:</source>
        <translation>„%1“ ist neu. Sein Typ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every hit is already tagged as “%1”.</source>
        <translation>Jeder Treffer ist bereits als „%1“ markiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag search hits as “%1”</source>
        <translation>Suchtreffer als „%1“ markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tagged %n hit(s) as “%1” (one undo step).</source>
        <translation>
            <numerusform>%n Treffer als „%1“ markiert (ein Rückgängig-Schritt).</numerusform>
            <numerusform>%n Treffer als „%1“ markiert (ein Rückgängig-Schritt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ShortcutOverlay</name>
    <message>
        <location filename="../ui/shortcutoverlay.cpp" line="+75"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>only %1, so that typing elsewhere is never taken for a command</source>
        <translation>nur %1, damit Tippen anderswo nie als Befehl gilt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change shortcuts in Preferences. Press any key to close.</source>
        <translation>Tastenkürzel ändern Sie in den Einstellungen. Zum Schließen eine beliebige Taste drücken.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceChooser</name>
    <message>
        <location filename="../ui/sourcechooser.cpp" line="+24"/>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number or part of a title or outlet</source>
        <translation>Nummer oder Teil eines Titels oder Mediums eingeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n gemeinsame Passage</numerusform>
            <numerusform>%n gemeinsame Passagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceDetailsDialog</name>
    <message>
        <location filename="../ui/sourcedetailsdialog.cpp" line="+21"/>
        <source>Source Details</source>
        <translation>Angaben zur Quelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This source was removed meanwhile (by someone on the team, or an undo); saving will not bring it back.</source>
        <translation>Diese Quelle wurde inzwischen entfernt (von jemandem im Team oder durch Rückgängigmachen); Speichern bringt sie nicht zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed meanwhile (by someone on the team, or an undo): the title is now “%1”. What you typed here stays; saving asks which to keep.</source>
        <translation>Inzwischen geändert (von jemandem im Team oder durch Rückgängigmachen): der Titel lautet jetzt „%1“. Was Sie hier eingegeben haben, bleibt; beim Speichern werden Sie gefragt, welche Fassung bleibt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDThh:mm</source>
        <translation>JJJJ-MM-TT oder JJJJ-MM-TTThh:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, de, uk</source>
        <translation>z. B. en, de, uk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A source needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is not a date Crosscheck understands (use YYYY-MM-DD).</source>
        <translation>Dieses Datum versteht Crosscheck nicht (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language must be a code such as en, de or uk.</source>
        <translation>Die Sprache muss ein Code wie en, de oder uk sein.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceListPanel</name>
    <message>
        <location filename="../ui/sourcelistpanel.cpp" line="+41"/>
        <source>Filter sources (type to filter)</source>
        <translation>Quellen filtern (zum Filtern tippen)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceMatrixView</name>
    <message>
        <location filename="../ui/sourcematrixview.cpp" line="+65"/>
        <source>Each row is one source: the share of its words found in passages it shares with the source numbered in each column (darker: more), and in the last column the share found in no other source. Enter or click opens the pair side by side.</source>
        <translation>Jede Zeile ist eine Quelle: der Anteil ihrer Wörter in Passagen, die sie mit der Quelle teilt, deren Nummer über der Spalte steht (dunkler: mehr), und in der letzten Spalte der Anteil, der in keiner anderen Quelle steht. Eingabetaste oder Klick öffnet das Paar nebeneinander.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagDialog</name>
    <message>
        <location filename="../ui/tagdialog.cpp" line="+37"/>
        <source>Tag as</source>
        <translation>Markieren als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter entities and types</source>
        <translation>Tippen, um Entitäten und Typen zu filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of a new entity:</source>
        <translation>&amp;Name einer neuen Entität:</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 — %2, %n mention(s)</source>
        <translation>
            <numerusform>%1 — %2, %n Erwähnung</numerusform>
            <numerusform>%1 — %2, %n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamActions</name>
    <message>
        <location filename="../ui/actions/teamactions.cpp" line="+134"/>
        <source>The password was not kept in the keyring (%1); it is used for this session only.</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert (%1); es gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

If the server needs a password for %2, enter it (it is used for this session only and never stored; ~/.pgpass spares you the question):</source>
        <translation>%1

Wenn der Server für %2 ein Passwort braucht, geben Sie es ein (es gilt nur für diese Sitzung und wird nie gespeichert; mit ~/.pgpass entfällt die Frage):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Publish to Team Server</source>
        <translation>Im Teamserver veröffentlichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL names no team project (?project=NAME).</source>
        <translation>Die URL nennt kein Teamprojekt (?project=NAME).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project could not be copied: %1</source>
        <translation>Das Projekt konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing to %1…</source>
        <translation>Veröffentliche in %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published as %1</source>
        <translation>Als %1 veröffentlicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project was not published: %1</source>
        <translation>Das Projekt wurde nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clone Team Project</source>
        <translation>Teamprojekt klonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crosscheck projects (*.crosscheck)</source>
        <translation>Crosscheck-Projekte (*.crosscheck)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloning %1…</source>
        <translation>Klone %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team project was not cloned: %1</source>
        <translation>Das Teamprojekt wurde nicht geklont: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+52"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>There are no team projects on this server yet.</source>
        <translation>Auf diesem Server gibt es noch keine Teamprojekte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team project:</source>
        <translation>Teamprojekt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open Team Project</source>
        <translation>Teamprojekt öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>The team project could not be opened: %1</source>
        <translation>Das Teamprojekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamConflictDialog</name>
    <message>
        <location filename="../ui/teamconflictdialog.cpp" line="+27"/>
        <source>Edit Not Applied</source>
        <translation>Bearbeitung nicht übernommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not applied: %1, because %2.</source>
        <translation>Nicht übernommen: %1, weil %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s version is shown now. Choose, for each field, which value to keep:</source>
        <translation>Jetzt wird die Fassung des Teams angezeigt. Wählen Sie für jedes Feld, welcher Wert bleibt:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Apply Choices</source>
        <translation>Auswahl &amp;anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep All &amp;Mine</source>
        <translation>Alle &amp;meine behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep All &amp;Theirs</source>
        <translation>Alle &amp;ihre behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Des Teams&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Entity “%1”</source>
        <translation>Entität „%1“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type “%1”</source>
        <translation>Typ „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source “%1”</source>
        <translation>Quelle „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict on a passage</source>
        <translation>Urteil über eine Passage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision on a suggestion</source>
        <translation>Entscheidung über einen Vorschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone (removed by the team)</source>
        <translation>Weg (vom Team entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it again</source>
        <translation>Neu schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it as the team has it</source>
        <translation>So behalten, wie das Team es hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamConnectDialog</name>
    <message>
        <location filename="../ui/teamconnectdialog.cpp" line="+30"/>
        <source>Publish to Team Server</source>
        <translation>Auf Team-Server veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Team Project</source>
        <translation>Team-Projekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone Team Project</source>
        <translation>Team-Projekt klonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db.desk.example, or localhost</source>
        <translation>db.desk.example oder localhost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name the team will see</source>
        <translation>der Name, den das Team sieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave empty to choose from the server&apos;s list</source>
        <translation>leer lassen, um aus der Liste des Servers zu wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>Zertifikat und Namen des Servers prüfen (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt, without checking the certificate (require)</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not encrypt (disable)</source>
        <translation>Nicht verschlüsseln (disable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>leer: aus dem Schlüsselbund oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build of Crosscheck has no keyring support; use ~/.pgpass to avoid typing the password.</source>
        <translation>Dieser Build von Crosscheck unterstützt keinen Schlüsselbund; mit ~/.pgpass müssen Sie das Passwort nicht eintippen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same as a URL, to paste one or pass it on (without the password): postgresql://user@host:port/database?project=NAME</source>
        <translation>Dasselbe als URL, zum Einfügen oder Weitergeben (ohne Passwort): postgresql://benutzer@host:port/datenbank?project=NAME</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analyst (login):</source>
        <translation>&amp;Analyst (Login):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team project:</source>
        <translation>&amp;Team-Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>That is not a team project URL: %1</source>
        <translation>Das ist keine URL eines Team-Projekts: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the server (its host name, or localhost).</source>
        <translation>Nennen Sie den Server (seinen Hostnamen oder localhost).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the database on the server.</source>
        <translation>Nennen Sie die Datenbank auf dem Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the analyst&apos;s login on the server.</source>
        <translation>Geben Sie das Login des Analysten auf dem Server an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the team project a name.</source>
        <translation>Geben Sie dem Team-Projekt einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate will not be checked: anyone between this computer and the server could read the project and the password.</source>
        <translation>Das Zertifikat des Servers wird nicht geprüft: Jeder zwischen diesem Computer und dem Server könnte das Projekt und das Passwort lesen.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamPasswords</name>
    <message>
        <location filename="../ui/teampasswords.cpp" line="+38"/>
        <source>the keyring did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no password is kept for this login</source>
        <translation>für dieses Login ist kein Passwort gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring refused access</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keyring answers in this desktop session (%1)</source>
        <translation>in dieser Desktop-Sitzung antwortet kein Schlüsselbund (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this build of Crosscheck has no keyring support</source>
        <translation>dieser Build von Crosscheck unterstützt keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamStatus</name>
    <message>
        <location filename="../ui/teamstatus.cpp" line="+33"/>
        <source>(not connected yet)</source>
        <translation>(noch nicht verbunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 on %3 — Crosscheck</source>
        <translation>%1 — %2 auf %3 — Crosscheck</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team: %1 on %2</source>
        <translation>Team: %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team: offline</source>
        <translation>Team: offline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline — %1 cannot be reached. You can go on working: your edits are kept on this computer and sent when it is back.</source>
        <translation>Offline — %1 ist nicht erreichbar. Sie können weiterarbeiten: Ihre Änderungen werden auf diesem Computer aufbewahrt und gesendet, sobald er wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Offline — %n edit(s) kept on this computer, will be sent when %1 is back. You can go on working.</source>
        <translation>
            <numerusform>Offline — %n Änderung wird auf diesem Computer aufbewahrt und gesendet, sobald %1 wieder da ist. Sie können weiterarbeiten.</numerusform>
            <numerusform>Offline — %n Änderungen werden auf diesem Computer aufbewahrt und gesendet, sobald %1 wieder da ist. Sie können weiterarbeiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="+23"/>
        <source>Crosscheck</source>
        <translation>Crosscheck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare news articles about one event: see where they copy each other, where they differ and where they contradict each other.</source>
        <translation>Vergleichen Sie Nachrichtenartikel über ein Ereignis: Sehen Sie, wo sie voneinander abschreiben, wo sie sich unterscheiden und wo sie sich widersprechen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt geöffnete Projekte:</translation>
    </message>
</context>
</TS>
