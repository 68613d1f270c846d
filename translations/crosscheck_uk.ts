<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Crosscheck::Cli</name>
    <message>
        <location filename="../app/cli/commands/new.cpp" line="+19"/>
        <source>Created %1</source>
        <translation>Створено %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/sample.cpp" line="+24"/>
        <source>Wrote the sample project with %n source(s) to %1</source>
        <translation>
            <numerusform>Приклад проєкту з %n джерелом записано до %1</numerusform>
            <numerusform>Приклад проєкту з %n джерелами записано до %1</numerusform>
            <numerusform>Приклад проєкту з %n джерелами записано до %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+120"/>
        <source>%1: the project is read-only (%2)</source>
        <translation>%1: проєкт відкрито лише для читання (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/import.cpp" line="+22"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Імпортовано %n джерело</numerusform>
            <numerusform>Імпортовано %n джерела</numerusform>
            <numerusform>Імпортовано %n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n файл не імпортовано</numerusform>
            <numerusform>%n файли не імпортовано</numerusform>
            <numerusform>%n файлів не імпортовано</numerusform>
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
        <translation>Опубліковано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+24"/>
        <source>binary file, skipped</source>
        <translation>двійковий файл, пропущено</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/overlaps.cpp" line="+71"/>
        <source>overlaps: --min-words, --min-shared and --threads need a positive number</source>
        <translation>overlaps: --min-words, --min-shared і --threads потребують додатного числа</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 documents, %2 words, %3 candidate pairs, %4 passage pairs, %5 families (read %6 s, prepare %7 s, candidates %8 s, align %9 s)
</source>
        <translation>документів: %1, слів: %2, пар-кандидатів: %3, пар фрагментів: %4, родин: %5 (читання %6 с, підготовка %7 с, кандидати %8 с, вирівнювання %9 с)
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/analyze.cpp" line="+37"/>
        <source>Up to date: %n passage pair(s), nothing to analyse</source>
        <translation>
            <numerusform>Актуально: %n пара фрагментів, аналізувати нічого</numerusform>
            <numerusform>Актуально: %n пари фрагментів, аналізувати нічого</numerusform>
            <numerusform>Актуально: %n пар фрагментів, аналізувати нічого</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+19"/>
        <source>export: --format and -o are required</source>
        <translation>export: потрібні --format і -o</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export: format %1 is not available (%2)</source>
        <translation>export: формату %1 немає (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export</source>
        <translation>експорт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote the report to %1</source>
        <translation>Звіт записано до %1</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="-105"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 з %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/import.cpp" line="-3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n уже є в проєкті</numerusform>
            <numerusform>%n уже є в проєкті</numerusform>
            <numerusform>%n уже є в проєкті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/analyze.cpp" line="+10"/>
        <source>Analysed %1 of %2 source(s) in %3 s (%4): %5 passage pair(s) in the project</source>
        <translation>Проаналізовано джерел: %1 з %2 за %3 с (%4); пар фрагментів у проєкті: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full</source>
        <translation>повністю</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incremental</source>
        <translation>інкрементно</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>(found in a copy: passages are not kept on the team server; each analyst&apos;s window finds them in its own copy of the project)</source>
        <translation>(знайдено в копії: уривки не зберігаються на сервері команди; кожне вікно знаходить їх у власній копії проєкту)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/suggest.cpp" line="+100"/>
        <source>suggest: unknown kind %1</source>
        <translation>suggest: невідомий вид %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>suggest: --apply-above needs a confidence from 0 to 1</source>
        <translation>suggest: --apply-above потребує впевненості від 0 до 1</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+117"/>
        <source>%1: the overlaps are not up to date; contradiction candidates come from the passages found so far (run analyze first)</source>
        <translation>%1: збіги застарілі; кандидати в суперечності беруться зі знайдених досі фрагментів (спершу запустіть analyze)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/suggest.cpp" line="+16"/>
        <source>entities</source>
        <translation>сутності</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contradictions</source>
        <translation>суперечності</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>kind	confidence	what	where	reason</source>
        <translation>вид	впевненість	що	де	причина</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Applied %1 entity mention(s), %2 contradiction(s) and %3 merge(s) with confidence &gt;= %4</source>
        <translation>Застосовано згадок: %1, суперечностей: %2 і об’єднань: %3 із впевненістю &gt;= %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="+2"/>
        <source>Wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>Записано %n анотацію в %1</numerusform>
            <numerusform>Записано %n анотації в %1</numerusform>
            <numerusform>Записано %n анотацій в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/importannotations.cpp" line="+34"/>
        <source>Imported %1 mention(s) and %2 link(s); %3 annotation(s) not anchored</source>
        <translation>Імпортовано згадок: %1, зв’язків: %2; не прив’язано анотацій: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/importqdpx.cpp" line="+21"/>
        <source>Imported into %1: %2</source>
        <translation>Імпортовано до %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not mapped (%n):</source>
        <translation>
            <numerusform>Не перенесено (%n):</numerusform>
            <numerusform>Не перенесено (%n):</numerusform>
            <numerusform>Не перенесено (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/diff.cpp" line="+66"/>
        <source>similarity %1, %2 moved block(s)
</source>
        <translation>подібність %1, переміщених блоків: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+27"/>
        <source>%1: unknown option %2</source>
        <translation>%1: невідомий параметр %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: expected %2</source>
        <translation>%1: очікується %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>missing command</source>
        <translation>не вказано команду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command: %1</source>
        <translation>невідома команда: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="+16"/>
        <source>create an empty project</source>
        <translation>створити порожній проєкт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import article files or folders (txt, md, html, pdf)</source>
        <translation>імпортувати файли статей або теки (txt, md, html, pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the project&apos;s sources</source>
        <translation>перелічити джерела проєкту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print them as a JSON array</source>
        <translation>вивести їх як масив JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the bundled sample project</source>
        <translation>записати вбудований зразковий проєкт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passages shared by plain-text files (no project needed)</source>
        <translation>спільні уривки текстових файлів (без проєкту)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortest passage, in words</source>
        <translation>найкоротший уривок, у словах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fingerprints two files must share to be compared</source>
        <translation>відбитки, які два файли мають поділяти, щоб їх порівнювали</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>one JSON object per line</source>
        <translation>один об’єкт JSON на рядок</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>language of the texts (default: detected)</source>
        <translation>мова текстів (типово: визначена)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker threads</source>
        <translation>робочі потоки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>word diff of two text files</source>
        <translation>пословне порівняння двох текстових файлів</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find the overlaps of a project&apos;s sources (new ones only)</source>
        <translation>знайти збіги джерел проєкту (лише нових)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analyse every source again</source>
        <translation>проаналізувати кожне джерело знову</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print the pending suggestions; with --apply-above, apply those of confidence &gt;= X as one logged step</source>
        <translation>вивести нерозглянуті пропозиції; з --apply-above застосувати ті, що мають упевненість &gt;= X, одним записаним кроком</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entities,merges,contradictions,corroborations (default: all)</source>
        <translation>entities,merges,contradictions,corroborations (типово: усі)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>apply the suggestions of at least this confidence</source>
        <translation>застосувати пропозиції щонайменше з такою впевненістю</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find words, &quot;phrases&quot;, prefix*, AND/OR/NOT, NEAR(a b, N) or a pattern in every source; exit 1 when nothing is found, 2 on a malformed query</source>
        <translation>шукати слова, &quot;фрази&quot;, префікс*, AND/OR/NOT, NEAR(a b, N) або шаблон у всіх джерелах; код виходу 1, якщо нічого не знайдено, 2 — якщо запит хибний</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QUERY is a regular expression</source>
        <translation>QUERY — регулярний вираз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case and accents as typed, no other spellings (default: any)</source>
        <translation>регістр і діакритика як введено, без інших написань (типово: будь-які)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the hits of this registry entity (its mentions and names); QUERY may then be empty</source>
        <translation>лише збіги цієї сутності реєстру (її згадки та імена); тоді QUERY може бути порожнім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only in this source (id, file name or title; repeatable)</source>
        <translation>лише в цьому джерелі (ідентифікатор, назва файлу чи заголовок; можна повторювати)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one JSON object per hit</source>
        <translation>один об’єкт JSON на збіг</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the annotations (W3C Web Annotation JSON-LD, REFI-QDA project; CSV or brat standoff files into folder OUT) or the analyst report (HTML, PDF)</source>
        <translation>записати анотації (W3C Web Annotation JSON-LD, проєкт REFI-QDA; файли CSV або brat standoff у теку OUT) або звіт аналітика (HTML, PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what to write (required)</source>
        <translation>що записати (обов’язково)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file or folder to write (required)</source>
        <translation>файл або тека для запису (обов’язково)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start CSV files with a byte order mark</source>
        <translation>починати файли CSV з позначки порядку байтів</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add W3C annotations, re-anchored in the sources</source>
        <translation>додати анотації W3C, знову прив’язані до джерел</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new project from a REFI-QDA project (.qdpx or .qde), with a report of what could not be mapped</source>
        <translation>новий проєкт із проєкту REFI-QDA (.qdpx або .qde) зі звітом про те, що не вдалося перенести</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>copy a project to a team server as the team project the URL names (postgresql://user@host:port/database?project=NAME)</source>
        <translation>скопіювати проєкт на командний сервер як командний проєкт, названий в URL (postgresql://user@host:port/database?project=NAME)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copy the team project the URL names into a new project file</source>
        <translation>скопіювати командний проєкт, названий в URL, у новий файл проєкту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list the team projects on a server</source>
        <translation>перелічити командні проєкти на сервері</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage: crosscheck-cli COMMAND [ARGUMENTS]</source>
        <translation>Використання: crosscheck-cli КОМАНДА [АРГУМЕНТИ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run “crosscheck-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>«crosscheck-cli КОМАНДА --help» показує параметри команди.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 1 failure (one line per problem on stderr), 2 usage error.</source>
        <translation>Код виходу: 0 успіх, 1 невдача (один рядок на проблему в stderr), 2 помилка виклику.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: crosscheck-cli %1</source>
        <translation>Використання: crosscheck-cli %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options:</source>
        <translation>Параметри:</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+46"/>
        <source>search: the registry has no entity named “%1”</source>
        <translation>search: у реєстрі немає сутності «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search: no source %1 in the project</source>
        <translation>search: у проєкті немає джерела %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also searched: %1</source>
        <translation>також шукали: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (untagged)</source>
        <translation>%1 (не позначено)</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="-93"/>
        <source>the URL names no team project (add ?project=NAME)</source>
        <translation>URL не називає командного проєкту (додайте ?project=NAME)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/team.cpp" line="+35"/>
        <source>publish</source>
        <translation>публікація</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published %1 as %2</source>
        <translation>%1 опубліковано як %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>clone</source>
        <translation>клонування</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloned %1 into %2</source>
        <translation>%1 склоновано в %2</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/teamwrite.cpp" line="+78"/>
        <source>%1: %2 edit(s) could not be sent: %3</source>
        <translation>%1: не вдалося надіслати змін: %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not applied, %2: %3</source>
        <translation>%1: не застосовано, %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 edit(s) sent to the team server</source>
        <translation>%1: на командний сервер надіслано змін: %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Annotation</name>
    <message>
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="+407"/>
        <source>%1 (batch run, confidence %2)</source>
        <translation>%1 (пакетний запуск, впевненість %2)</translation>
    </message>
    <message>
        <location filename="../app/core/suggestions/contradictionfinder.cpp" line="+177"/>
        <source>numbers differ: “%1” vs “%2”</source>
        <translation>числа різняться: «%1» і «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dates or times differ: “%1” vs “%2”</source>
        <translation>дати або час різняться: «%1» і «%2»</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Annotation::ReviewQueue</name>
    <message>
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="-176"/>
        <source>One side of this difference is empty: edit it to choose both spans.</source>
        <translation>Одна сторона цієї відмінності порожня: відредагуйте її, щоб вибрати обидва фрагменти.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a suggested corroboration</source>
        <translation>Записати запропоноване підтвердження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a suggested contradiction</source>
        <translation>Записати запропоновану суперечність</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge suggested entities</source>
        <translation>Об’єднати запропоновані сутності</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+50"/>
        <source>Tag a suggested entity</source>
        <translation>Позначити запропоновану сутність</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reject a suggested contradiction</source>
        <translation>Відхилити запропоновану суперечність</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep suggested entities apart</source>
        <translation>Залишити запропоновані сутності окремими</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject a suggested entity</source>
        <translation>Відхилити запропоновану сутність</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One side of this difference is empty: record the link by hand (select, Ctrl+M, select, Ctrl+L).</source>
        <translation>Одна сторона цієї відмінності порожня: запишіть зв’язок вручну (виділити, Ctrl+M, виділити, Ctrl+L).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record an edited contradiction</source>
        <translation>Записати відредаговану суперечність</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Apply suggestions above %1</source>
        <translation>Застосувати пропозиції понад %1</translation>
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
        <translation>підтвердження: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Claim / source</source>
        <translation>Твердження / джерело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it says</source>
        <translation>Що воно каже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentence</source>
        <translation>Речення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Певність</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Claims</name>
    <message>
        <location filename="../app/core/claims/claimcomparer.cpp" line="+373"/>
        <source>numbers differ</source>
        <translation>числа різняться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>durations differ</source>
        <translation>тривалості різняться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates or times differ</source>
        <translation>дати або час різняться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one reports it, the other does not confirm it</source>
        <translation>одне джерело повідомляє це, інше не підтверджує</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one confirms it, the other only hints at it</source>
        <translation>одне підтверджує, інше лише натякає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one says it happened, the other that it may happen</source>
        <translation>одне каже, що це сталося, інше — що це може статися</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one says it happened, the other denies it</source>
        <translation>одне каже, що це сталося, інше заперечує</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different causes</source>
        <translation>різні причини</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opposite words for the same people</source>
        <translation>протилежні слова про тих самих людей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same words from different speakers</source>
        <translation>ті самі слова від різних мовців</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quotation is worded differently</source>
        <translation>цитату сформульовано інакше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a different title</source>
        <translation>інший титул</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a different role</source>
        <translation>інша роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both say the same</source>
        <translation>обидва кажуть те саме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: “%3” · %4: “%5”</source>
        <translation>%1 — %2: «%3» · %4: «%5»</translation>
    </message>
    <message>
        <location filename="../app/core/suggestions/contradictionfinder.cpp" line="+180"/>
        <source>source %1</source>
        <translation>джерело %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::EntityListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/annotationmodels.cpp" line="+146"/>
        <source>%1. %2: %n mention(s)</source>
        <translation>
            <numerusform>%1. %2: %n згадка</numerusform>
            <numerusform>%1. %2: %n згадки</numerusform>
            <numerusform>%1. %2: %n згадок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliases</source>
        <translation>Інші назви</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By source</source>
        <translation>За джерелами</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::FamilyAlignmentModel</name>
    <message>
        <location filename="../app/core/models/familymodels.cpp" line="+208"/>
        <source>same as the reference</source>
        <translation>як в еталоні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worded differently</source>
        <translation>сформульовано інакше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added: the reference does not have it</source>
        <translation>додано: в еталоні цього немає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing here</source>
        <translation>тут бракує</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1
Contains %2% of the words the other members carry</source>
        <translation>%1
Містить %2 % слів інших членів</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::FamilyListModel</name>
    <message>
        <location line="-181"/>
        <source>F%1</source>
        <translation>Р%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published first</source>
        <translation>Опубліковано першим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats</name>
    <message>
        <location filename="../app/core/formats/bratexport.cpp" line="+65"/>
        <location filename="../app/core/formats/exporter.cpp" line="+175"/>
        <source>cannot create the folder</source>
        <translation>не вдається створити теку</translation>
    </message>
    <message>
        <location filename="../app/core/formats/exporter.cpp" line="-26"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <location filename="../app/core/formats/webannotation.cpp" line="+271"/>
        <source>no quote, and no source with its URN</source>
        <translation>немає цитати й немає джерела з її URN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote “%1” is in no source</source>
        <translation>цитати «%1» немає в жодному джерелі</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>line %1: not a JSON annotation (%2)</source>
        <translation>рядок %1: не анотація JSON (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no entity named in its body</source>
        <translation>у її тілі не названо сутності</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no linked passage in its body</source>
        <translation>у її тілі немає пов’язаного фрагмента</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>motivation “%1” is not one Crosscheck records</source>
        <translation>мотивацію «%1» Crosscheck не записує</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Імпортувати %n анотацію</numerusform>
            <numerusform>Імпортувати %n анотації</numerusform>
            <numerusform>Імпортувати %n анотацій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats::Qdpx</name>
    <message>
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+27"/>
        <source>%1 already exists; a REFI-QDA project is imported into a new file</source>
        <translation>%1 уже існує; проєкт REFI-QDA імпортується в новий файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than %2</source>
        <translation>%1 більший за %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a regular file</source>
        <translation>%1 не є звичайним файлом</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 could not be written (the file could not be moved into place)</source>
        <translation>не вдалося записати %1 (файл не вдалося перемістити на місце)</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>a REFI-QDA project can only be imported into a new, empty project</source>
        <translation>проєкт REFI-QDA можна імпортувати лише в новий порожній проєкт</translation>
    </message>
    <message>
        <location line="-137"/>
        <location line="+41"/>
        <source>source “%1”: %2</source>
        <translation>джерело «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source> (%n coded selection(s) lost with it)</source>
        <translation>
            <numerusform> (разом із ним втрачено %n закодований фрагмент)</numerusform>
            <numerusform> (разом із ним втрачено %n закодовані фрагменти)</numerusform>
            <numerusform> (разом із ним втрачено %n закодованих фрагментів)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>source “%1”: variable “%2” = “%3” has no place in Crosscheck&apos;s metadata</source>
        <translation>джерело «%1»: змінній «%2» = «%3» немає місця в метаданих Crosscheck</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PDF source “%1”: no text representation in the project</source>
        <translation>PDF-джерело «%1»: у проєкті немає текстового подання</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>PDF source “%1”: %n region selection(s) (Crosscheck anchors text, not page regions)</source>
        <translation>
            <numerusform>PDF-джерело «%1»: %n виділена область (Crosscheck прив’язує текст, а не області сторінки)</numerusform>
            <numerusform>PDF-джерело «%1»: %n виділені області (Crosscheck прив’язує текст, а не області сторінки)</numerusform>
            <numerusform>PDF-джерело «%1»: %n виділених областей (Crosscheck прив’язує текст, а не області сторінки)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 source “%2”: Crosscheck reads text articles only</source>
        <translation>джерело %1 «%2»: Crosscheck читає лише текстові статті</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n item(s) (no counterpart in Crosscheck)</source>
        <translation>
            <numerusform>%1: %n елемент (немає відповідника в Crosscheck)</numerusform>
            <numerusform>%1: %n елементи (немає відповідника в Crosscheck)</numerusform>
            <numerusform>%1: %n елементів (немає відповідника в Crosscheck)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpxcodings.cpp" line="+111"/>
        <source>source “%1”: coded as a whole with “%2” (Crosscheck codes passages, not whole sources)</source>
        <translation>джерело «%1»: закодоване повністю кодом «%2» (Crosscheck кодує фрагменти, а не цілі джерела)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown code</source>
        <translation>невідомий код</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>source “%1”: selection “%2” (%3–%4) lies outside the text (%5 characters)</source>
        <translation>джерело «%1»: фрагмент «%2» (%3–%4) виходить за межі тексту (%5 символів)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source “%1”: selection “%2” covers only a line break</source>
        <translation>джерело «%1»: фрагмент «%2» охоплює лише розрив рядка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>source “%1”: a coding of “%2” refers to a code that is not in the codebook</source>
        <translation>джерело «%1»: кодування «%2» посилається на код, якого немає в кодовій книзі</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>link “%1”: it does not join two text selections that were imported</source>
        <translation>зв’язок «%1»: він не поєднує двох імпортованих текстових фрагментів</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>note “%1”: not attached to an imported source, selection, code or link</source>
        <translation>нотатка «%1»: не прив’язана до імпортованого джерела, фрагмента, коду чи зв’язку</translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+66"/>
        <source>Import REFI-QDA annotations</source>
        <translation>Імпорт анотацій REFI-QDA</translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpxreader.cpp" line="+37"/>
        <source>project.qde nests elements more than %1 levels deep (line %2)</source>
        <translation>project.qde вкладає елементи глибше ніж на %1 рівнів (рядок %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>project.qde has more than %1 elements</source>
        <translation>project.qde має понад %1 елементів</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a REFI-QDA project (its root element is “%1”)</source>
        <translation>це не проєкт REFI-QDA (кореневий елемент «%1»)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an element of project.qde (line %1) holds more than %2 of text</source>
        <translation>елемент project.qde (рядок %1) містить понад %2 тексту</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>damaged project.qde (line %1: %2)</source>
        <translation>пошкоджений project.qde (рядок %1: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty project.qde</source>
        <translation>порожній project.qde</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not a readable .qdpx archive: %1</source>
        <translation>не вдається прочитати архів .qdpx: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive holds no .qde project file</source>
        <translation>в архіві немає файлу проєкту .qde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive holds several .qde files (%1)</source>
        <translation>в архіві кілька файлів .qde (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its text is larger than %1 (Crosscheck imports texts up to that)</source>
        <translation>його текст більший за %1 (Crosscheck імпортує тексти до цього розміру)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its text is in the archive, and a bare .qde was given</source>
        <translation>його текст лежить в архіві, а вказано лише .qde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive&apos;s texts are larger than %1 in all; the rest was not read</source>
        <translation>тексти архіву загалом більші за %1; решту не прочитано</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its text file %1 is missing from the archive</source>
        <translation>його текстового файлу %1 немає в архіві</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no plain text</source>
        <translation>у нього немає простого тексту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is outside the archive (%1)</source>
        <translation>його текст поза архівом (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/formats/qdpx/qdpxwriter.cpp" line="+135"/>
        <source>Entity type</source>
        <translation>Тип сутності</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Passages linked by Crosscheck, by type of link</source>
        <translation>Фрагменти, пов’язані в Crosscheck, за типом зв’язку</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Imported from %1</source>
        <translation>Імпортовано з %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats::Report</name>
    <message>
        <location filename="../app/core/formats/exporter.cpp" line="+35"/>
        <location filename="../app/core/formats/report.cpp" line="+148"/>
        <source>Crosscheck report: %1</source>
        <translation>Звіт Crosscheck: %1</translation>
    </message>
    <message>
        <location filename="../app/core/formats/reportpictures.cpp" line="+76"/>
        <source>only
here</source>
        <translation>лише
тут</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>share of the row source&apos;s words</source>
        <translation>частка слів джерела в рядку</translation>
    </message>
    <message>
        <location filename="../app/core/formats/report.cpp" line="+22"/>
        <source>Generated %1 by %2.</source>
        <translation>Створено %1, автор %2.</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n спільний фрагмент</numerusform>
            <numerusform>%n спільні фрагменти</numerusform>
            <numerusform>%n спільних фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passage famil(ies)</source>
        <translation>
            <numerusform>%n родина фрагментів</numerusform>
            <numerusform>%n родини фрагментів</numerusform>
            <numerusform>%n родин фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contradiction(s)</source>
        <translation>
            <numerusform>%n суперечність</numerusform>
            <numerusform>%n суперечності</numerusform>
            <numerusform>%n суперечностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n corroboration(s)</source>
        <translation>
            <numerusform>%n підтвердження</numerusform>
            <numerusform>%n підтвердження</numerusform>
            <numerusform>%n підтверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n сутність</numerusform>
            <numerusform>%n сутності</numerusform>
            <numerusform>%n сутностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overlaps are not current: some sources were added after the last analysis.</source>
        <translation>Збіги не актуальні: деякі джерела додано після останнього аналізу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of publication</source>
        <translation>Хронологія публікацій</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sources on a time axis by publication date</source>
        <translation>Джерела на осі часу за датою публікації</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title and URL</source>
        <translation>Заголовок і URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Спільне</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only here</source>
        <translation>Лише тут</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Note on %1:</source>
        <translation>Нотатка до %1:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source overlap</source>
        <translation>Збіги між джерелами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No shared passages were found.</source>
        <translation>Спільних фрагментів не знайдено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cell gives the share of the row source&apos;s words that are inside passages shared with the column source; the last column gives the share found in no other source.</source>
        <translation>Кожна клітинка показує частку слів джерела в рядку, що входять у фрагменти, спільні з джерелом у стовпці; останній стовпець — частку, якої немає в жодному іншому джерелі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 sources sharing the most words are shown, of %2.</source>
        <translation>Показано %1 джерел із найбільшою кількістю спільних слів, із %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heat map of the words each source shares with each other source</source>
        <translation>Теплова карта слів, спільних для кожної пари джерел</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passage families</source>
        <translation>Родини фрагментів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passage is shared by three or more sources.</source>
        <translation>Жоден фрагмент не спільний для трьох чи більше джерел.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The %1 largest families are shown, of %2.</source>
        <translation>Показано %1 найбільших родин, із %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sources (published)</source>
        <translation>Джерела (опубліковано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published first</source>
        <translation>Опубліковано першим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains most of the others</source>
        <translation>Містить найбільше з інших</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely origin</source>
        <translation>Ймовірне першоджерело</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>uncertain: the earliest source does not contain the most</source>
        <translation>невідомо: найраніше джерело не містить найбільшого</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dates do not tell</source>
        <translation>дати не показують</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contradictions</source>
        <translation>Суперечності</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corroborations</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No contradiction was recorded.</source>
        <translation>Суперечностей не зафіксовано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No corroboration was recorded.</source>
        <translation>Підтверджень не зафіксовано.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>minor</source>
        <translation>незначна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notable</source>
        <translation>помітна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major</source>
        <translation>серйозна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 · %3 · recorded by %4</source>
        <translation>%1 · %2 · %3 · зафіксував(-ла) %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Note:</source>
        <translation>Нотатка:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity index</source>
        <translation>Покажчик сутностей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entity was tagged.</source>
        <translation>Жодної сутності не позначено.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also written</source>
        <translation>Інші написання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By source (# mentions)</source>
        <translation>За джерелами (кількість згадок)</translation>
    </message>
    <message>
        <location filename="../app/core/formats/reportoutput.cpp" line="+76"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · сторінка %2 з %3</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Importers</name>
    <message>
        <location filename="../app/core/importers/htmlmarkup.cpp" line="+86"/>
        <source>an element has %1 attributes (Crosscheck reads up to %2)</source>
        <translation>елемент має %1 атрибутів (Crosscheck читає до %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the page has more than %1 elements</source>
        <translation>сторінка має понад %1 елементів</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its elements are nested more than %1 levels deep</source>
        <translation>її елементи вкладено глибше ніж на %1 рівнів</translation>
    </message>
    <message>
        <location filename="../app/core/importers/htmlimporter.cpp" line="+460"/>
        <source>the page cannot be read safely: %1</source>
        <translation>сторінку не можна безпечно прочитати: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the page has no article text</source>
        <translation>на сторінці немає тексту статті</translation>
    </message>
    <message>
        <location filename="../app/core/importers/importers.cpp" line="+102"/>
        <source>Articles (%1)</source>
        <translation>Статті (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the file has no text</source>
        <translation>у файлі немає тексту</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file has no words</source>
        <translation>у файлі немає слів</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no publication date found</source>
        <translation>дату публікації не знайдено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such file</source>
        <translation>файл не знайдено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder</source>
        <translation>це тека</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+108"/>
        <source>is not a regular file (a device, pipe or socket): not read</source>
        <translation>не є звичайним файлом (пристрій, канал або сокет): не прочитано</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>unsupported file type &quot;.%1&quot; (Crosscheck imports %2)</source>
        <translation>непідтримуваний тип файлу «.%1» (Crosscheck імпортує %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is too large (%1; Crosscheck imports %2 files up to %3)</source>
        <translation>файл завеликий (%1; Crosscheck імпортує файли %2 до %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the file: %1</source>
        <translation>не вдається прочитати файл: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is too large (Crosscheck imports %1 files up to %2)</source>
        <translation>файл завеликий (Crosscheck імпортує файли %1 до %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the clipboard holds no text</source>
        <translation>у буфері обміну немає тексту</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such file or folder</source>
        <translation>файл або теку не знайдено</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a link to a file outside the folder, not followed</source>
        <translation>посилання на файл поза текою, не відстежено</translation>
    </message>
    <message>
        <location filename="../app/core/importers/pdfimporter.cpp" line="+73"/>
        <source>this is not a PDF file (it does not start with %PDF-)</source>
        <translation>це не файл PDF (він не починається з %PDF-)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the PDF expands to more than %1 when read (a compression bomb?)</source>
        <translation>під час читання PDF розгортається понад %1 (стискова бомба?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>the PDF file is damaged and cannot be read</source>
        <translation>файл PDF пошкоджено, його не вдається прочитати</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the PDF file is password-protected</source>
        <translation>файл PDF захищено паролем</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the PDF has no text layer (a scan?); run OCR on it first</source>
        <translation>у файлі PDF немає текстового шару (скан?); спершу розпізнайте текст (OCR)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::LinkListModel</name>
    <message>
        <location filename="../app/core/models/annotationmodels.cpp" line="+69"/>
        <source>corroborates</source>
        <translation>підтверджує</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contradicts</source>
        <translation>суперечить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date/time</source>
        <translation>дата/час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribution</source>
        <translation>авторство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quotation drift</source>
        <translation>зміна цитати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>polarity</source>
        <translation>заперечення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certainty/sourcing</source>
        <translation>певність/джерела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title/role</source>
        <translation>титул/роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>framing</source>
        <translation>подача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>з’ясовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minor</source>
        <translation>незначна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>major</source>
        <translation>серйозна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notable</source>
        <translation>помітна</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Relation</source>
        <translation>Відношення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Вага</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source A</source>
        <translation>Джерело A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage A</source>
        <translation>Фрагмент A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source B</source>
        <translation>Джерело B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage B</source>
        <translation>Фрагмент B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Змінено</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::NoteListModel</name>
    <message>
        <location filename="../app/core/models/notelistmodel.cpp" line="+73"/>
        <source>a removed source</source>
        <translation>вилучене джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source %1</source>
        <translation>Джерело %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — “%2”</source>
        <translation>%1 — «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity %1</source>
        <translation>Сутність %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(removed)</source>
        <translation>(вилучено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link %1 ↔ %2</source>
        <translation>Зв’язок %1 ↔ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link (removed)</source>
        <translation>Зв’язок (вилучено)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>On</source>
        <translation>До чого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::OverlapListModel</name>
    <message>
        <location filename="../app/core/models/overlaplistmodel.cpp" line="+60"/>
        <source>verbatim</source>
        <translation>дослівно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited</source>
        <translation>відредаговано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paraphrase</source>
        <translation>переказ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, moved</source>
        <translation>%1, переміщено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dismissed</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to review</source>
        <translation>на перевірку</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>F%1 (%n sources)</source>
        <translation>
            <numerusform>Р%1 (%n джерело)</numerusform>
            <numerusform>Р%1 (%n джерела)</numerusform>
            <numerusform>Р%1 (%n джерел)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Source A</source>
        <translation>Джерело A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source B</source>
        <translation>Джерело B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Project</name>
    <message>
        <location filename="../app/core/commands/addsourcescommand.cpp" line="+12"/>
        <source>Import “%1”</source>
        <translation>Імпорт «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n sources</source>
        <translation>
            <numerusform>Імпорт %n джерела</numerusform>
            <numerusform>Імпорт %n джерел</numerusform>
            <numerusform>Імпорт %n джерел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/commands/editsourcemetadatacommand.cpp" line="+12"/>
        <source>Edit details of “%1”</source>
        <translation>Зміна відомостей про «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/commands/removesourcescommand.cpp" line="+12"/>
        <source>Remove “%1”</source>
        <translation>Вилучення «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n sources</source>
        <translation>
            <numerusform>Вилучення %n джерела</numerusform>
            <numerusform>Вилучення %n джерел</numerusform>
            <numerusform>Вилучення %n джерел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/importers/importjob.cpp" line="+79"/>
        <location line="+43"/>
        <source>Import files</source>
        <translation>Імпорт файлів</translation>
    </message>
    <message>
        <location filename="../app/core/project/project.cpp" line="+31"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“%1” (source %2)</source>
        <translation>«%1» (джерело %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The text of %n source(s) no longer matches the checksum recorded at import (the file is damaged): %1. Restore the project from a backup or a saved copy.</source>
        <translation>
            <numerusform>Текст %n джерела більше не відповідає контрольній сумі, записаній під час імпорту (файл пошкоджено): %1. Відновіть проєкт із резервної або збереженої копії.</numerusform>
            <numerusform>Текст %n джерел більше не відповідає контрольній сумі, записаній під час імпорту (файл пошкоджено): %1. Відновіть проєкт із резервної або збереженої копії.</numerusform>
            <numerusform>Текст %n джерел більше не відповідає контрольній сумі, записаній під час імпорту (файл пошкоджено): %1. Відновіть проєкт із резервної або збереженої копії.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The project is read-only (%1).</source>
        <translation>Проєкт відкрито лише для читання (%1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>pasted text</source>
        <translation>вставлений текст</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no text</source>
        <translation>немає тексту</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>identical text is already in this import as “%1”</source>
        <translation>ідентичний текст уже є в цьому імпорті як «%1»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not saved: %1</source>
        <translation>не збережено: %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The source no longer exists.</source>
        <translation>Джерела більше не існує.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>A source needs a title.</source>
        <translation>Джерело повинно мати заголовок.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/setpassagereviewcommand.cpp" line="+15"/>
        <source>Confirm %n passage(s)</source>
        <translation>
            <numerusform>Підтвердити %n фрагмент</numerusform>
            <numerusform>Підтвердити %n фрагменти</numerusform>
            <numerusform>Підтвердити %n фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dismiss %n passage(s)</source>
        <translation>
            <numerusform>Відхилити %n фрагмент</numerusform>
            <numerusform>Відхилити %n фрагменти</numerusform>
            <numerusform>Відхилити %n фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Clear the verdict on %n passage(s)</source>
        <translation>
            <numerusform>Скасувати висновок щодо %n фрагмента</numerusform>
            <numerusform>Скасувати висновок щодо %n фрагментів</numerusform>
            <numerusform>Скасувати висновок щодо %n фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/project/projectannotations.cpp" line="+91"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n нотатка</numerusform>
            <numerusform>%n нотатки</numerusform>
            <numerusform>%n нотаток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage pair(s)</source>
        <translation>
            <numerusform>%n пара фрагментів</numerusform>
            <numerusform>%n пари фрагментів</numerusform>
            <numerusform>%n пар фрагментів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” holds annotations that point outside their source&apos;s text or to a missing source or entity (a damaged or edited file); they were set aside and are not shown or exported: %2. The file was not changed.</source>
        <translation>«%1» містить анотації, що вказують поза текст свого джерела або на відсутнє джерело чи сутність (пошкоджений або змінений файл); їх відкладено, вони не показуються й не експортуються: %2. Файл не змінено.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../app/core/project/projectteamrows.cpp" line="+342"/>
        <source>Someone on the team has changed this since; nothing was changed.</source>
        <translation>Хтось із команди вже змінив це; нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../app/core/project/projectedits.cpp" line="+51"/>
        <location line="+35"/>
        <source>Nothing to tag there.</source>
        <translation>Там нічого позначати.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Tag “%1” as %2</source>
        <translation>Позначити «%1» як %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+81"/>
        <location line="+177"/>
        <source>An entity needs a name and a type.</source>
        <translation>Сутності потрібні назва й тип.</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Tag “%1” as a new entity</source>
        <translation>Позначити «%1» як нову сутність</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Tag %n more occurrence(s) of “%1”</source>
        <translation>
            <numerusform>Позначити ще %n входження «%1»</numerusform>
            <numerusform>Позначити ще %n входження «%1»</numerusform>
            <numerusform>Позначити ще %n входжень «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <location line="+8"/>
        <source>No such entity.</source>
        <translation>Такої сутності немає.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the mentions to split off and a name.</source>
        <translation>Виберіть згадки, які слід відокремити, і назву.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Those mentions are not all of this entity.</source>
        <translation>Не всі ці згадки належать цій сутності.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>A type needs a name.</source>
        <translation>Типу потрібна назва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A type cannot be nested under itself.</source>
        <translation>Тип не може бути вкладений сам у себе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A type cannot be nested under one of its own subtypes.</source>
        <translation>Тип не може бути вкладений в один зі своїх підтипів.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No such type.</source>
        <translation>Такого типу немає.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is still the type of “%2”.</source>
        <translation>«%1» досі є типом «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” still has subtypes.</source>
        <translation>«%1» досі має підтипи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+86"/>
        <source>A link needs a span in each of two sources.</source>
        <translation>Зв’язку потрібен фрагмент у кожному з двох джерел.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The two spans of a link must not overlap.</source>
        <translation>Два фрагменти зв’язку не мають перетинатися.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>No such link.</source>
        <translation>Такого зв’язку немає.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1” is already in the registry.</source>
        <translation>«%1» уже є в реєстрі.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A mention lies outside its source&apos;s text.</source>
        <translation>Згадка лежить поза текстом свого джерела.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mention names no entity of the registry.</source>
        <translation>Згадка не називає жодної сутності реєстру.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/annotationcommands.cpp" line="+55"/>
        <source>Remove %n mention(s)</source>
        <translation>
            <numerusform>Вилучити %n згадку</numerusform>
            <numerusform>Вилучити %n згадки</numerusform>
            <numerusform>Вилучити %n згадок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit entity “%1”</source>
        <translation>Редагувати сутність «%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove entity “%1”</source>
        <translation>Вилучити сутність «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Merge %n entities</source>
        <translation>
            <numerusform>Об’єднати %n сутність</numerusform>
            <numerusform>Об’єднати %n сутності</numerusform>
            <numerusform>Об’єднати %n сутностей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Split “%1” from “%2”</source>
        <translation>Відокремити «%1» від «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove entity type “%1”</source>
        <translation>Вилучити тип сутностей «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit entity type “%1”</source>
        <translation>Редагувати тип сутностей «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record a link</source>
        <translation>Записати зв’язок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a link</source>
        <translation>Вилучити зв’язок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a link</source>
        <translation>Редагувати зв’язок</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete a note</source>
        <translation>Видалити нотатку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note</source>
        <translation>Написати нотатку</translation>
    </message>
    <message>
        <location filename="../app/core/project/projectteam.cpp" line="+110"/>
        <location filename="../app/core/project/projectteamrows.cpp" line="-223"/>
        <source>No ids are left for new rows until the team server is reachable again.</source>
        <translation>Для нових записів немає вільних ідентифікаторів, доки командний сервер знову не стане доступним.</translation>
    </message>
    <message>
        <location filename="../app/core/project/projectteamrows.cpp" line="+128"/>
        <source>The same text is already in the project.</source>
        <translation>Такий самий текст уже є в проєкті.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Qdpx</name>
    <message numerus="yes">
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+6"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n сутність</numerusform>
            <numerusform>%n сутності</numerusform>
            <numerusform>%n сутностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n нотатка</numerusform>
            <numerusform>%n нотатки</numerusform>
            <numerusform>%n нотаток</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Quotation</name>
    <message>
        <location filename="../app/core/formats/quotation.cpp" line="+18"/>
        <source>characters %1–%2</source>
        <translation>символи %1–%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ReviewQueue</name>
    <message numerus="yes">
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="-297"/>
        <source>Reject “%1” everywhere (%n suggestion(s))</source>
        <translation>
            <numerusform>Відхилити «%1» всюди (%n пропозиція)</numerusform>
            <numerusform>Відхилити «%1» всюди (%n пропозиції)</numerusform>
            <numerusform>Відхилити «%1» всюди (%n пропозицій)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Search::ProjectSearch</name>
    <message>
        <location filename="../app/core/search/projectsearch.cpp" line="+122"/>
        <source>The search index could not be opened.</source>
        <translation>Не вдалося відкрити пошуковий індекс.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indexing was stopped; the sources indexed so far are kept.</source>
        <translation>Індексування зупинено; уже проіндексовані джерела збережено.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Search::Query</name>
    <message>
        <location filename="../app/core/search/searchquery.cpp" line="+140"/>
        <source>A closing quotation mark (&quot;) is missing.</source>
        <translation>Бракує закривальної лапки (&quot;).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The query is empty: type a word, a &quot;phrase&quot; or a pattern.</source>
        <translation>Запит порожній: введіть слово, &quot;фразу&quot; або шаблон.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This “)” has no “(” before it.</source>
        <translation>Перед цією «)» немає «(».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot follow here.</source>
        <translation>«%1» тут не може стояти.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a word or a phrase after it.</source>
        <translation>Після %1 має бути слово або фраза.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>NOT needs a word or a phrase before it: “a NOT b” finds a without b.</source>
        <translation>Перед NOT має бути слово або фраза: «a NOT b» знаходить a без b.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The distance after NEAR/ must be a whole number from 0 to %1.</source>
        <translation>Відстань після NEAR/ має бути цілим числом від 0 до %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>NEAR joins words or phrases, not groups.</source>
        <translation>NEAR поєднує слова чи фрази, а не групи.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A closing parenthesis “)” is missing.</source>
        <translation>Бракує закривальної дужки «)».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The query ends where a word or a phrase should follow.</source>
        <translation>Запит закінчується там, де має бути слово або фраза.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs a word or a phrase before it.</source>
        <translation>Перед %1 має бути слово або фраза.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The distance in NEAR( … , N) must be a whole number from 0 to %1.</source>
        <translation>Відстань у NEAR( … , N) має бути цілим числом від 0 до %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NEAR( … ) holds words or phrases and, last, a distance: NEAR(a b, 5).</source>
        <translation>NEAR( … ) містить слова чи фрази і наприкінці відстань: NEAR(a b, 5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NEAR( … ) needs two words or phrases or more.</source>
        <translation>NEAR( … ) потребує двох або більше слів чи фраз.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Search::SearchRun</name>
    <message>
        <location filename="../app/core/search/projectsearch.cpp" line="+71"/>
        <source>The pattern is empty.</source>
        <translation>Шаблон порожній.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pattern is not a valid regular expression: %1 (at character %2).</source>
        <translation>Шаблон не є правильним регулярним виразом: %1 (символ %2).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The index refused the query: %1</source>
        <translation>Індекс відхилив запит: %1</translation>
    </message>
    <message>
        <location filename="../app/core/search/searchmatcher.cpp" line="+83"/>
        <source>“%1” has no letters or digits to search for.</source>
        <translation>«%1» не містить літер чи цифр для пошуку.</translation>
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
        <translation>%1 (позначено)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (untagged)</source>
        <translation>%1 (не позначено)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source	start	end	hit	context	entity	tagged</source>
        <translation>джерело	початок	кінець	збіг	контекст	сутність	позначено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Source and hit in context</source>
        <translation>Джерело і збіг у контексті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hits</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourceListModel</name>
    <message>
        <location filename="../app/core/models/sourcelistmodel.cpp" line="+117"/>
        <source>The source&apos;s number, as the matrix and the report number sources</source>
        <translation>Номер джерела, як у матриці та звіті</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lang.</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourceMatrixModel</name>
    <message>
        <location filename="../app/core/models/sourcepairmodel.cpp" line="+167"/>
        <source>%1 of “%2” is found in no other source</source>
        <translation>%1 тексту «%2» немає в жодному іншому джерелі</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of “%2” is shared with “%3” (%n passage(s))</source>
        <translation>
            <numerusform>%1 тексту «%2» спільне з «%3» (%n фрагмент)</numerusform>
            <numerusform>%1 тексту «%2» спільне з «%3» (%n фрагменти)</numerusform>
            <numerusform>%1 тексту «%2» спільне з «%3» (%n фрагментів)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nowhere else</source>
        <translation>Ніде більше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of each source&apos;s words found in no other source</source>
        <translation>Частка слів кожного джерела, яких немає в жодному іншому</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourcePairModel</name>
    <message>
        <location line="-123"/>
        <source>%1 of the words of “%2” and %3 of the words of “%4” are in shared passages</source>
        <translation>%1 слів «%2» і %3 слів «%4» — у спільних фрагментах</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Source A</source>
        <translation>Джерело A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source B</source>
        <translation>Джерело B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages</source>
        <translation>Фрагменти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared words</source>
        <translation>Спільні слова</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Storage</name>
    <message>
        <location filename="../app/core/storage/database.cpp" line="+61"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>драйвер Qt SQLite (QSQLITE) не встановлено</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the database is not open</source>
        <translation>базу даних не відкрито</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not finish writing the copy</source>
        <translation>не вдалося завершити запис копії</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectschema.cpp" line="+35"/>
        <source>migration %1 is missing from this build</source>
        <translation>міграція %1 відсутня в цій збірці</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migration %1 failed: %2</source>
        <translation>міграція %1 не вдалася: %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectstorage.cpp" line="+74"/>
        <source>no private copy could be made in the temporary folder</source>
        <translation>не вдалося створити приватну копію в тимчасовій теці</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectschema.cpp" line="+56"/>
        <source>“%1” is damaged: parts of the file cannot be read as a project any more (a disk or copy error). It was not changed; restore it from a backup or a saved copy.</source>
        <translation>«%1» пошкоджено: частини файлу більше не читаються як проєкт (помилка диска або копіювання). Файл не змінено; відновіть його з резервної або збереженої копії.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” says it is file format %2, but its tables are those of format %3: its header was changed or damaged. It was not changed.</source>
        <translation>«%1» зазначає формат файлу %2, але його таблиці — формату %3: заголовок змінено або пошкоджено. Файл не змінено.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n more</source>
        <translation>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it holds %1</source>
        <translation>він містить %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has a changed %1</source>
        <translation>у ньому змінено %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lacks %1</source>
        <translation>у ньому бракує %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed outside Crosscheck (%2). It was not opened, so that nothing in it can run, and it was not changed.</source>
        <translation>«%1» змінено поза Crosscheck (%2). Його не відкрито, щоб ніщо в ньому не могло виконатися, і не змінено.</translation>
    </message>
    <message>
        <location filename="../app/core/storage/projectstorage.cpp" line="+149"/>
        <source>“%1” already exists; Crosscheck does not overwrite files when creating a project.</source>
        <translation>«%1» уже існує; створюючи проєкт, Crosscheck не перезаписує файли.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Теки «%1» не існує.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create “%1”: %2</source>
        <translation>Не вдається створити «%1»: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create “%1”: the file could not be moved into place.</source>
        <translation>Не вдається створити «%1»: файл не вдалося перемістити на місце.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no file “%1”.</source>
        <translation>Файлу «%1» не існує.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is a folder, not a project file.</source>
        <translation>«%1» — це тека, а не файл проєкту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be read (no permission?).</source>
        <translation>Не вдається прочитати «%1» (немає дозволу?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is an empty file, not a Crosscheck project.</source>
        <translation>«%1» — порожній файл, а не проєкт Crosscheck.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a Crosscheck project.</source>
        <translation>«%1» не є проєктом Crosscheck.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is an SQLite database of another application, not a Crosscheck project.</source>
        <translation>«%1» — база даних SQLite іншої програми, а не проєкт Crosscheck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is damaged: its header gives file format %2, which no Crosscheck writes. It was not changed; restore it from a backup or a saved copy.</source>
        <translation>«%1» пошкоджено: його заголовок зазначає формат файлу %2, якого жоден Crosscheck не записує. Файл не змінено; відновіть його з резервної або збереженої копії.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was saved by a newer version of Crosscheck (file format %2; this version reads up to %3). Update Crosscheck to open it; the file was not changed.</source>
        <translation>«%1» збережено новішою версією Crosscheck (формат файлу %2; ця версія читає до %3). Оновіть Crosscheck, щоб відкрити його; файл не змінено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>opened read-only</source>
        <translation>відкрито лише для читання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is read-only</source>
        <translation>файл доступний лише для читання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder is read-only</source>
        <translation>його тека доступна лише для читання</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>process %1 on %2</source>
        <translation>процес %1 на %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is already open in another Crosscheck window (%2). You can open it read-only.</source>
        <translation>«%1» уже відкрито в іншому вікні Crosscheck (%2). Його можна відкрити лише для читання.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>no lock file can be written beside it</source>
        <translation>поруч із ним не вдається записати файл блокування</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+26"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>Не вдається відкрити «%1»: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>“%1” was not opened: “%2” beside it is the journal of another database (%3), and opening the project would write it into the project. Nothing was changed; move “%2” out of that folder, then open the project again.</source>
        <translation>«%1» не відкрито: «%2» поруч із ним — журнал іншої бази даних (%3), і відкриття записало б його в проєкт. Нічого не змінено; перемістіть «%2» з цієї теки й відкрийте проєкт знову.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” was not opened: an edit interrupted by a crash could not be rolled back (%2). Nothing was lost; open it again where the file and its folder can be written.</source>
        <translation>«%1» не відкрито: зміну, перервану збоєм, не вдалося відкотити (%2). Нічого не втрачено; відкрийте його знову там, де файл і теку можна записувати.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is damaged: its header gives file format %2. It was not changed.</source>
        <translation>«%1» пошкоджено: його заголовок зазначає формат файлу %2. Файл не змінено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>“%1” cannot be read: %2</source>
        <translation>Не вдається прочитати «%1»: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” could not be upgraded to the current format (%2); it was left as it was.</source>
        <translation>«%1» не вдалося оновити до поточного формату (%2); файл залишено без змін.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a copy cannot replace the open project itself</source>
        <translation>копія не може замінити сам відкритий проєкт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder “%1” does not exist</source>
        <translation>теки «%1» не існує</translation>
    </message>
    <message>
        <location filename="../app/core/storage/hotjournal.cpp" line="+116"/>
        <source>the project file is shorter than its header</source>
        <translation>файл проєкту коротший за свій заголовок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its page size (%1 bytes) is not the project&apos;s (%2 bytes)</source>
        <translation>його розмір сторінки (%1 байтів) не такий, як у проєкту (%2 байтів)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it holds page %1 of a file that had %2 pages</source>
        <translation>він містить сторінку %1 файлу, що мав %2 сторінок</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was written for a database of another application</source>
        <translation>його записано для бази даних іншої програми</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was written for another file (change counter %1, the project&apos;s is %2)</source>
        <translation>його записано для іншого файлу (лічильник змін %1, у проєкту — %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its copy of the first page differs from the project&apos;s</source>
        <translation>його копія першої сторінки відрізняється від проєктної</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was written for a file of %1 pages; the project had %2</source>
        <translation>його записано для файлу з %1 сторінок; проєкт мав %2</translation>
    </message>
    <message>
        <location filename="../app/core/storage/searchindex.cpp" line="+177"/>
        <source>this SQLite has no FTS5 full-text search</source>
        <translation>у цьому SQLite немає повнотекстового пошуку FTS5</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamtables.cpp" line="+45"/>
        <source>the project file has an unusual reference in “%1”</source>
        <translation>файл проєкту має незвичне посилання в «%1»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the project file has a table named “%1”</source>
        <translation>файл проєкту має таблицю з назвою «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the project file has a column named “%1”</source>
        <translation>файл проєкту має стовпець з назвою «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamurl.cpp" line="+24"/>
        <source>a team project URL starts with postgresql://</source>
        <translation>URL командного проєкту починається з postgresql://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid URL: %1</source>
        <translation>недійсна URL: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the URL names no database (postgresql://user@host/DATABASE)</source>
        <translation>URL не називає бази даних (postgresql://user@host/DATABASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL&apos;s port is not a port number</source>
        <translation>порт в URL не є номером порту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown sslmode “%1”</source>
        <translation>невідомий sslmode «%1»</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamserver.cpp" line="+120"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>драйвер Qt PostgreSQL (QPSQL) не встановлено (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot connect to %1: %2</source>
        <translation>не вдається з’єднатися з %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a team project needs a name (…?project=NAME)</source>
        <translation>командний проєкт потребує назви (…?project=NAME)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the server refused the project list: %1</source>
        <translation>сервер відмовив у списку проєктів: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a team project named “%1” is already on this server</source>
        <translation>командний проєкт «%1» уже є на цьому сервері</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamtables.cpp" line="+144"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamserver.cpp" line="+35"/>
        <source>%1 already exists</source>
        <translation>%1 уже існує</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamlive.cpp" line="+41"/>
        <source>the connection to the server was lost</source>
        <translation>з’єднання з сервером втрачено</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/core/storage/teamserver.cpp" line="+11"/>
        <source>no team project named “%1” on this server</source>
        <translation>на цьому сервері немає командного проєкту «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/core/storage/teamserver.cpp" line="+4"/>
        <source>the server&apos;s project list is damaged (schema “%1”)</source>
        <translation>список проєктів сервера пошкоджено (схема «%1»)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the team server&apos;s edit functions are missing from this build</source>
        <translation>функції редагування командного сервера відсутні в цій збірці</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not connected before</source>
        <translation>раніше не було з’єднання</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamserver.cpp" line="+16"/>
        <source>the team project was published by a newer Crosscheck (format %1; this one writes %2)</source>
        <translation>командний проєкт опубліковано новішою версією Crosscheck (формат %1; ця пише %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the team project has the older format %1; publish it again from a current Crosscheck</source>
        <translation>командний проєкт має старіший формат %1; опублікуйте його знову з поточного Crosscheck</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot move the copy into place at %1</source>
        <translation>не вдається перемістити копію на місце %1</translation>
    </message>
    <message>
        <location filename="../app/core/storage/teamrows.cpp" line="+94"/>
        <source>source %1 is not in the project</source>
        <translation>джерела %1 немає в проєкті</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamLink</name>
    <message>
        <location filename="../app/core/project/teamlink.cpp" line="+100"/>
        <source>the team server cannot be reached</source>
        <translation>командний сервер недоступний</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamSession</name>
    <message>
        <location filename="../app/core/project/teamsession.cpp" line="+43"/>
        <source>the server has not answered for %1 s</source>
        <translation>сервер не відповідає вже %1 с</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TeamSync</name>
    <message>
        <location filename="../app/core/project/teamconflicts.cpp" line="+138"/>
        <location filename="../app/core/project/teamsync.cpp" line="+349"/>
        <source>There is no refused edit to keep.</source>
        <translation>Немає відхиленої зміни, яку можна зберегти.</translation>
    </message>
    <message>
        <location filename="../app/core/project/teamsync.cpp" line="+20"/>
        <source>it was removed on the server</source>
        <translation>її видалено на сервері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was already made on the server</source>
        <translation>її вже зроблено на сервері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it refers to something removed on the server</source>
        <translation>вона посилається на те, що видалено на сервері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone annotated in it meanwhile</source>
        <translation>тим часом хтось додав у ньому анотації</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was changed on the server</source>
        <translation>її змінено на сервері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1</source>
        <translation>користувачем %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by %1 at %2</source>
        <translation>користувачем %1 о %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::TextDecoder</name>
    <message>
        <location filename="../app/core/importers/textdecoder.cpp" line="+21"/>
        <source>unknown character encoding %1</source>
        <translation>невідоме кодування символів %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text could not be decoded as %1</source>
        <translation>текст не вдалося декодувати як %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a ZIP archive (e.g. a Word or OpenDocument file)</source>
        <translation>архів ZIP (наприклад, файл Word або OpenDocument)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG image</source>
        <translation>зображення PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>зображення JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>зображення GIF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a program</source>
        <translation>програма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Microsoft Office file</source>
        <translation>старий файл Microsoft Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>база даних SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>архів gzip</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the file is marked as UTF-8 but has invalid UTF-8 at byte %1</source>
        <translation>файл позначено як UTF-8, але в байті %1 є некоректний UTF-8</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this is %1, not text</source>
        <translation>це %1, а не текст</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file contains binary data (NUL bytes), not text</source>
        <translation>файл містить двійкові дані (байти NUL), а не текст</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid UTF-8 at byte %1 (the rest of the file is UTF-8); repair or re-save the file as UTF-8</source>
        <translation>некоректний UTF-8 у байті %1 (решта файлу — UTF-8); виправте файл або збережіть його знову як UTF-8</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file looks like binary data, not text</source>
        <translation>файл схожий на двійкові дані, а не на текст</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ZipArchive</name>
    <message>
        <location filename="../app/core/util/ziparchive.cpp" line="+119"/>
        <source>“%1” is not in the archive</source>
        <translation>«%1» немає в архіві</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too large (%2 MB)</source>
        <translation>«%1» завеликий (%2 МБ)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::Action</name>
    <message>
        <location filename="../ui/actionregistry.cpp" line="+16"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Sample Project</source>
        <translation>Відкрити &amp;приклад проєкту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Імпортувати файли…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Імпортувати &amp;теку…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste as New Source</source>
        <translation>&amp;Вставити як нове джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Project from &amp;REFI-QDA…</source>
        <translation>Новий проєкт із &amp;REFI-QDA…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish to &amp;Team Server…</source>
        <translation>Опублікувати на &amp;командному сервері…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Tea&amp;m Project…</source>
        <translation>Відкрити ко&amp;мандний проєкт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lone Team Project…</source>
        <translation>С&amp;клонувати командний проєкт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resol&amp;ve Team Conflicts…</source>
        <translation>Ро&amp;зв’язати конфлікти команди…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Закрити проєкт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Source &amp;Details…</source>
        <translation>Змінити &amp;відомості про джерело…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Source</source>
        <translation>В&amp;илучити джерело</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as &amp;Quotation</source>
        <translation>Копіювати як &amp;цитату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in Source…</source>
        <translation>&amp;Знайти в джерелі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search All Sources…</source>
        <translation>&amp;Шукати в усіх джерелах…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Знайти &amp;наступне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Previous</source>
        <translation>Знайти &amp;попереднє</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find Overlaps</source>
        <translation>&amp;Знайти збіги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter Sources</source>
        <translation>&amp;Фільтрувати джерела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Source List</source>
        <translation>До &amp;списку джерел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Reader</source>
        <translation>До &amp;читання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare View</source>
        <translation>&amp;Порівняння</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overlaps</source>
        <translation>&amp;Збіги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage F&amp;amilies</source>
        <translation>&amp;Родини фрагментів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source &amp;Matrix</source>
        <translation>&amp;Матриця джерел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading &amp;Lens</source>
        <translation>&amp;Лупа читання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Original Markup</source>
        <translation>&amp;Оригінальна розмітка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Overlap</source>
        <translation>&amp;Наступний збіг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Overlap</source>
        <translation>П&amp;опередній збіг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Difference</source>
        <translation>Наступна &amp;відмінність</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Di&amp;fference</source>
        <translation>Попередня в&amp;ідмінність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swap Panes</source>
        <translation>Поміняти &amp;панелі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other Pane</source>
        <translation>&amp;Інша панель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare &amp;With…</source>
        <translation>Порівняти &amp;з…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Passage&apos;s F&amp;amily</source>
        <translation>Відкрити &amp;родину фрагмента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept / Confirm</source>
        <translation>&amp;Прийняти / підтвердити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject / Dismiss</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the &amp;Verdict</source>
        <translation>Скасувати в&amp;исновок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Item</source>
        <translation>&amp;Наступний запис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Item</source>
        <translation>&amp;Попередній запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Item…</source>
        <translation>&amp;Редагувати запис…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;type Item…</source>
        <translation>Змінити &amp;тип запису…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote on Item…</source>
        <translation>Н&amp;отатка до запису…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip Item</source>
        <translation>Пропу&amp;стити запис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group or Ungroup the Name&apos;s Occurrences</source>
        <translation>&amp;Групувати або розгрупувати входження імені</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accept This Name Everywhere</source>
        <translation>Прийн&amp;яти це ім’я скрізь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reject This Name Everywhere</source>
        <translation>Від&amp;хилити це ім’я скрізь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept Every Suggestion of This T&amp;ype</source>
        <translation>Прийняти всі пропозиції цього т&amp;ипу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;ject Every Suggestion of This Type</source>
        <translation>Відхилити &amp;всі пропозиції цього типу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;build the Queue</source>
        <translation>Перебу&amp;дувати чергу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tag Selection…</source>
        <translation>&amp;Позначити виділене…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend Selection to Sentence End</source>
        <translation>Розширити виділення до кінця речення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extend Selection to Sentence Start</source>
        <translation>Розширити виділення до початку речення</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag &amp;All Occurrences</source>
        <translation>Позначити &amp;всі входження</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark Span for a Link</source>
        <translation>&amp;Запам’ятати фрагмент для зв’язку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link to the Marked Span…</source>
        <translation>&amp;Зв’язати із запам’ятаним фрагментом…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note…</source>
        <translation>&amp;Нотатка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next M&amp;ention</source>
        <translation>Наступна з&amp;гадка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Mentio&amp;n</source>
        <translation>Попередня зга&amp;дка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Entity or Link…</source>
        <translation>&amp;Редагувати сутність чи зв’язок…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Mention, Entity or Link</source>
        <translation>&amp;Видалити згадку, сутність чи зв’язок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Me&amp;rge Entities</source>
        <translation>О&amp;б’єднати сутності</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;plit Entity…</source>
        <translation>Р&amp;озділити сутність…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity T&amp;ypes…</source>
        <translation>&amp;Типи сутностей…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entities</source>
        <translation>&amp;Сутності</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contradictions and &amp;Links</source>
        <translation>Суперечності й &amp;зв’язки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review Mode</source>
        <translation>&amp;Режим перевірки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cl&amp;aims</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>Н&amp;отатки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Палітра команд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметри…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch Between &amp;Light and Dark Theme</source>
        <translation>Перемкнути &amp;світлу чи темну тему</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Crosscheck</source>
        <translation>&amp;Про Crosscheck</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ActionCategory</name>
    <message>
        <location line="+18"/>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing</source>
        <translation>Редагування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation</source>
        <translation>Анотування</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Application</source>
        <translation>Програма</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ActionRegistry</name>
    <message>
        <location line="+80"/>
        <source>in review mode</source>
        <translation>у режимі перевірки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the compare view, the passage list and review mode</source>
        <translation>у порівнянні, списку фрагментів і режимі перевірки</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationActions</name>
    <message>
        <location filename="../ui/actions/annotationactions.cpp" line="+84"/>
        <source>The project is read-only (%1).</source>
        <translation>Проєкт лише для читання (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select text in the reader or the compare view first (Shift+arrows, Ctrl+Shift+arrows by word).</source>
        <translation>Спершу виділіть текст у читанні чи порівнянні (Shift+стрілки, Ctrl+Shift+стрілки — пословно).</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Tagged as “%1”. %n more occurrence(s) in the project: %2 tags them all.</source>
        <translation>
            <numerusform>Позначено як «%1». Ще %n входження в проєкті: %2 позначає всі.</numerusform>
            <numerusform>Позначено як «%1». Ще %n входження в проєкті: %2 позначає всі.</numerusform>
            <numerusform>Позначено як «%1». Ще %n входжень у проєкті: %2 позначає всі.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tagged as “%1”.</source>
        <translation>Позначено як «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tag a mention first, or choose an entity in the Entities tab.</source>
        <translation>Спершу позначте згадку або виберіть сутність у вкладці «Сутності».</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Tagged %n more occurrence(s) of “%1” (one undo step).</source>
        <translation>
            <numerusform>Позначено ще %n входження «%1» (один крок скасування).</numerusform>
            <numerusform>Позначено ще %n входження «%1» (один крок скасування).</numerusform>
            <numerusform>Позначено ще %n входжень «%1» (один крок скасування).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the first passage of the link, then mark it.</source>
        <translation>Виділіть перший фрагмент зв’язку й запам’ятайте його.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marked. Now select the other passage (in this or another source) and press %1.</source>
        <translation>Запам’ятано. Тепер виділіть інший фрагмент (у цьому чи іншому джерелі) й натисніть %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark the first passage first (%1).</source>
        <translation>Спершу запам’ятайте перший фрагмент (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select the second passage of the link.</source>
        <translation>Виділіть другий фрагмент зв’язку.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link recorded (see the Links tab, %1).</source>
        <translation>Зв’язок записано (див. вкладку «Зв’язки», %1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the selected link</source>
        <translation>вибраний зв’язок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a source, an entity or a link to write a note on.</source>
        <translation>Відкрийте джерело, сутність чи зв’язок, щоб написати нотатку.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No mentions to step through.</source>
        <translation>Немає згадок для переходу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mention %1 of %2</source>
        <translation>Згадка %1 з %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This link</source>
        <translation>Це посилання</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an entity (Entities tab, or the caret on a mention) or a link to edit.</source>
        <translation>Виберіть сутність (вкладка «Сутності» або курсор на згадці) чи зв’язок для редагування.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept the newer version; your changes were not saved.</source>
        <translation>Залишено новішу версію; ваші зміни не збережено.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing to delete here: put the caret on a mention, or choose an entity or a link.</source>
        <translation>Тут нічого видаляти: поставте курсор на згадку або виберіть сутність чи зв’язок.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select two or more entities in the Entities tab (Shift+Up/Down or Ctrl+Space) to merge them.</source>
        <translation>Виберіть дві чи більше сутностей у вкладці «Сутності» (Shift+Вгору/Вниз або Ctrl+Пробіл), щоб об’єднати їх.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Merge Entities</source>
        <translation>Об’єднати сутності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the merged entity (choose one, or type a new name; the others become aliases):</source>
        <translation>Назва об’єднаної сутності (виберіть одну або введіть нову; решта стануть псевдонімами):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the entity to split in the Entities tab.</source>
        <translation>Виберіть сутність для поділу у вкладці «Сутності».</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>“%1” (%n mention(s))</source>
        <translation>
            <numerusform>«%1» (%n згадка)</numerusform>
            <numerusform>«%1» (%n згадки)</numerusform>
            <numerusform>«%1» (%n згадок)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Split Entity</source>
        <translation>Розділити сутність</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Move the mentions written as:</source>
        <translation>Перенести згадки, написані як:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the new entity:</source>
        <translation>Назва нової сутності:</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AuthorPrompt</name>
    <message>
        <location filename="../ui/authorprompt.cpp" line="+29"/>
        <source>Your Name</source>
        <translation>Ваше ім’я</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crosscheck records who made each edit. The name to record for yours (Preferences can change it later):</source>
        <translation>Crosscheck записує, хто зробив кожну зміну. Ім’я для ваших змін (його можна змінити в налаштуваннях):</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ChangedNotice</name>
    <message>
        <location filename="../ui/changednotice.cpp" line="+21"/>
        <source>Changed meanwhile</source>
        <translation>Тим часом змінено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed Meanwhile</source>
        <translation>Тим часом змінено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed while you were editing it (by someone on the team, or by an undo).</source>
        <translation>%1 змінено, поки ви це редагували (хтось із команди або скасування).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save yours over the newer version, or keep the newer one and let yours go?</source>
        <translation>Зберегти вашу версію поверх новішої чи залишити новішу, а вашу відкинути?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Mine</source>
        <translation>Зберегти &amp;мою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Theirs</source>
        <translation>Залишити &amp;їхню</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ClaimsPanel</name>
    <message>
        <location filename="../ui/claimspanel.cpp" line="+24"/>
        <source>F&amp;ind Claims</source>
        <translation>Зна&amp;йти твердження</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claims that disagree</source>
        <translation>Твердження, що суперечать одне одному</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right or + opens an item&apos;s sources; Enter on a source opens its sentence in the reader. Review mode (Ctrl+9) accepts or rejects them.</source>
        <translation>Стрілка праворуч або + відкриває джерела пункту; Enter на джерелі відкриває його речення в читачі. У режимі перегляду (Ctrl+9) їх приймають або відхиляють.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find Claims compares every sentence of every source.</source>
        <translation>«Знайти твердження» порівнює кожне речення кожного джерела.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No project is open.</source>
        <translation>Жоден проєкт не відкрито.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project has changed: Find Claims again to update.</source>
        <translation>Проєкт змінився: знайдіть твердження ще раз, щоб оновити.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n possible contradiction(s)</source>
        <translation>
            <numerusform>%n можлива суперечність</numerusform>
            <numerusform>%n можливі суперечності</numerusform>
            <numerusform>%n можливих суперечностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n possible corroboration(s)</source>
        <translation>
            <numerusform>%n можливе підтвердження</numerusform>
            <numerusform>%n можливі підтвердження</numerusform>
            <numerusform>%n можливих підтверджень</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongest first</source>
        <translation>найсильніші спершу</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CommandLine</name>
    <message>
        <location filename="../ui/commandline.cpp" line="+16"/>
        <source>Compare news articles about one event.</source>
        <translation>Порівнюйте новинні статті про одну подію.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the bundled sample project.</source>
        <translation>Відкрити вбудований зразковий проєкт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the project read-only: nothing is written to it.</source>
        <translation>Відкрити проєкт лише для читання: у нього нічого не записується.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language (en, de, uk).</source>
        <translation>Мова інтерфейсу (en, de, uk).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Зберегти знімок вікна у ФАЙЛ і вийти.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A .crosscheck project to open.</source>
        <translation>Проєкт .crosscheck, який треба відкрити.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give one project, or --sample.</source>
        <translation>Вкажіть один проєкт або --sample.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--read-only needs a project to open.</source>
        <translation>--read-only потребує проєкту, який треба відкрити.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CommandPalette</name>
    <message>
        <location filename="../ui/commandpalette.cpp" line="+24"/>
        <source>Command Palette</source>
        <translation>Палітра команд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a command</source>
        <translation>Введіть команду</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CompareView</name>
    <message>
        <location filename="../ui/compareview.cpp" line="+55"/>
        <source>Choose a pair of sources: Enter on a passage in Overlaps, on a cell of the source matrix, or “Compare With…” here.</source>
        <translation>Виберіть пару джерел: Enter на фрагменті в «Збігах», на клітинці матриці джерел або «Порівняти з…» тут.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;s&gt;struck through&lt;/s&gt;: only on the left · &lt;u&gt;underlined&lt;/u&gt;: only on the right · wavy underline: replaced words · dashed box: moved words · dashed ribbon: moved passage</source>
        <translation>&lt;s&gt;закреслено&lt;/s&gt;: лише ліворуч · &lt;u&gt;підкреслено&lt;/u&gt;: лише праворуч · хвиляста лінія: замінені слова · пунктирна рамка: переміщені слова · пунктирна стрічка: переміщений фрагмент</translation>
    </message>
    <message>
        <location line="+388"/>
        <location filename="../ui/compareviewsteps.cpp" line="+26"/>
        <location line="+13"/>
        <source>These two sources share no passages.</source>
        <translation>Ці два джерела не мають спільних фрагментів.</translation>
    </message>
    <message>
        <location filename="../ui/compareviewsteps.cpp" line="-9"/>
        <source>Last passage of this pair.</source>
        <translation>Останній фрагмент цієї пари.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First passage of this pair.</source>
        <translation>Перший фрагмент цієї пари.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No further difference in this pair.</source>
        <translation>Далі відмінностей у цій парі немає.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No earlier difference in this pair.</source>
        <translation>Раніше відмінностей у цій парі немає.</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="-171"/>
        <source>A comparison needs at least two sources.</source>
        <translation>Для порівняння потрібні щонайменше два джерела.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” shares no passages with another source.</source>
        <translation>«%1» не має спільних уривків з жодним іншим джерелом.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This passage is shared by these two sources only: it has no family.</source>
        <translation>Цей фрагмент спільний лише для цих двох джерел: родини він не має.</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n спільний фрагмент</numerusform>
            <numerusform>%n спільні фрагменти</numerusform>
            <numerusform>%n спільних фрагментів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passage %1 of %2</source>
        <translation>Фрагмент %1 з %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1%</source>
        <translation>оцінка %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>family F%1</source>
        <translation>родина Р%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>difference %1 of %2</source>
        <translation>відмінність %1 з %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n відмінність</numerusform>
            <numerusform>%n відмінності</numerusform>
            <numerusform>%n відмінностей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EntityDialog</name>
    <message>
        <location filename="../ui/entitydialog.cpp" line="+37"/>
        <source>Edit Entity</source>
        <translation>Редагувати сутність</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases (one per line):</source>
        <translation>&amp;Інші назви (по одній у рядку):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This entity was removed meanwhile (by someone on the team, or an undo); saving will not bring it back.</source>
        <translation>Цю сутність тим часом вилучено (хтось із команди або скасування); збереження її не поверне.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed meanwhile (by someone on the team, or an undo): it is now “%1” (%2). What you typed here stays; saving asks which to keep.</source>
        <translation>Тим часом змінено (хтось із команди або скасування): тепер це «%1» (%2). Введене вами тут лишається; під час збереження вас запитають, що залишити.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EntityPanel</name>
    <message>
        <location filename="../ui/entitypanel.cpp" line="+30"/>
        <source>Select an entity to highlight its mentions; F3 / Shift+F3 step through them. Ctrl+E edits it (name, type, aliases), Ctrl+Shift+M merges the selected entities, Ctrl+Shift+T tags all its occurrences.</source>
        <translation>Виберіть сутність, щоб виділити її згадки; F3 / Shift+F3 переходять між ними. Ctrl+E редагує її (назву, тип, інші назви), Ctrl+Shift+M об’єднує вибрані сутності, Ctrl+Shift+T позначає всі входження.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::EntityTypesDialog</name>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="+35"/>
        <source>Entity Types</source>
        <translation>Типи сутностей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pick…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd Type</source>
        <translation>&amp;Додати тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Type</source>
        <translation>В&amp;илучити тип</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nested under:</source>
        <translation>&amp;Вкладений у:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(top level)</source>
        <translation>(верхній рівень)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="+43"/>
        <source>&amp;Byte-order mark (for spreadsheets)</source>
        <translation>&amp;Мітка порядку байтів (для електронних таблиць)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: mentions and links</source>
        <translation>CSV: згадки й зв’язки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat standoff</source>
        <translation>brat standoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder…)</source>
        <translation>Проєкт REFI-QDA (ATLAS.ti, MAXQDA, NVivo, QualCoder…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyst report (HTML)</source>
        <translation>Аналітичний звіт (HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyst report (PDF)</source>
        <translation>Аналітичний звіт (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Зберегти в:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 files (*.%2)</source>
        <translation>Файли %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Pre&amp;view: the PDF report has no text preview; the HTML report has the same content.</source>
        <translation>&amp;Попередній перегляд: звіт PDF не має текстового попереднього перегляду; звіт HTML має той самий вміст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view of %1: the file is empty.</source>
        <translation>&amp;Попередній перегляд %1: файл порожній.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pre&amp;view of %1 (the start; %n line(s) in all):</source>
        <translation>
            <numerusform>&amp;Попередній перегляд %1 (початок; усього %n рядок):</numerusform>
            <numerusform>&amp;Попередній перегляд %1 (початок; усього %n рядки):</numerusform>
            <numerusform>&amp;Попередній перегляд %1 (початок; усього %n рядків):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view of %1:</source>
        <translation>&amp;Попередній перегляд %1:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose where to save the export.</source>
        <translation>Виберіть, куди зберегти експорт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>Експортування…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote the report to %1</source>
        <translation>Звіт записано до %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Експортовано %n анотацію в %1</numerusform>
            <numerusform>Експортовано %n анотації в %1</numerusform>
            <numerusform>Експортовано %n анотацій в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FamilyView</name>
    <message>
        <location filename="../ui/familyview.cpp" line="+103"/>
        <source>Read down: one column per source, one row per stretch of text. ★ reference (the member that carries most of the others&apos; words). Bold underlined: worded differently · underlined: added · grey struck through: missing here. Alt+Right / Alt+Left: next / previous variation.</source>
        <translation>Читайте згори вниз: стовпець на джерело, рядок на відрізок тексту. ★ еталон (член, що містить найбільше слів інших). Жирне підкреслене: сформульовано інакше · підкреслене: додано · сіре закреслене: тут бракує. Alt+Вправо / Alt+Вліво: наступна / попередня розбіжність.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fami&amp;lies</source>
        <translation>&amp;Сімейства</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Family F%1: %n source(s)</source>
        <translation>
            <numerusform>Родина Р%1: %n джерело</numerusform>
            <numerusform>Родина Р%1: %n джерела</numerusform>
            <numerusform>Родина Р%1: %n джерел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published first: %1 (%2)</source>
        <translation>опубліковано першим: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>publication dates do not tell which came first</source>
        <translation>за датами публікації не видно, що було першим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains most of the others: %1 (%2% of their words)</source>
        <translation>містить найбільше з інших: %1 (%2 % їхніх слів)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>likely origin: %1</source>
        <translation>ймовірне першоджерело: %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FileActions</name>
    <message>
        <location filename="../ui/actions/fileactions.cpp" line="+37"/>
        <source>Crosscheck projects (*.crosscheck)</source>
        <translation>Проєкти Crosscheck (*.crosscheck)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not Saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change could not be saved and was not made: %1</source>
        <translation>Зміну не вдалося зберегти, тому її не внесено: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../ui/actions/fileopen.cpp" line="+36"/>
        <source>New Project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/actions/fileopen.cpp" line="-14"/>
        <source>Open Project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Articles</source>
        <translation>Імпорт статей</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a Folder of Articles</source>
        <translation>Імпорт теки зі статтями</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undone: %1</source>
        <translation>Скасовано: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New Project from REFI-QDA</source>
        <translation>Новий проєкт із REFI-QDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFI-QDA projects (*.qdpx *.qde)</source>
        <translation>Проєкти REFI-QDA (*.qdpx *.qde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the Imported Project As</source>
        <translation>Зберегти імпортований проєкт як</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>REFI-QDA Project Imported</source>
        <translation>Проєкт REFI-QDA імпортовано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Details lists what has no place in Crosscheck.</source>
        <translation>«Показати подробиці» перелічує те, чому немає місця в Crosscheck.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a Copy As</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (copy)</source>
        <translation> (копія)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved a copy to %1</source>
        <translation>Копію збережено до %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a Copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The copy could not be saved: %1</source>
        <translation>Не вдалося зберегти копію: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Project Already Open</source>
        <translation>Проєкт уже відкрито</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Read-Only</source>
        <translation>Відкрити &amp;лише для читання</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open Project</source>
        <translation>Не вдається відкрити проєкт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some Annotations Were Set Aside</source>
        <translation>Деякі анотації відкладено</translation>
    </message>
    <message>
        <location filename="../ui/actions/fileopen.cpp" line="+1"/>
        <source>“%1” is an article, not a Crosscheck project.</source>
        <translation>«%1» — це стаття, а не проєкт Crosscheck.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import it into the open project?</source>
        <translation>Імпортувати її у відкритий проєкт?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new project with it?</source>
        <translation>Почати з неї новий проєкт?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import into This Project</source>
        <translation>&amp;Імпортувати в цей проєкт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New Project with It…</source>
        <translation>&amp;Новий проєкт з нею…</translation>
    </message>
    <message>
        <location filename="../ui/actions/fileactions.cpp" line="+11"/>
        <source>Cannot Create Project</source>
        <translation>Не вдається створити проєкт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Import REFI-QDA Project</source>
        <translation>Не вдається імпортувати проєкт REFI-QDA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1.</source>
        <translation>Імпортовано: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) could not be mapped.</source>
        <translation>
            <numerusform>%n елемент не вдалося перенести.</numerusform>
            <numerusform>%n елементи не вдалося перенести.</numerusform>
            <numerusform>%n елементів не вдалося перенести.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot Create the Sample Project</source>
        <translation>Не вдається створити приклад проєкту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample Project</source>
        <translation>Приклад проєкту</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No recent projects</source>
        <translation>Немає недавніх проєктів</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open or create a project first, then import articles into it.</source>
        <translation>Спершу відкрийте або створіть проєкт, а потім імпортуйте до нього статті.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+35"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+30"/>
        <source>The project is read-only (%1).</source>
        <translation>Проєкт відкрито лише для читання (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Імпортування…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Імпортування %1 (%2 з %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import cancelled: %n source(s) added</source>
        <translation>
            <numerusform>Імпорт скасовано: додано %n джерело</numerusform>
            <numerusform>Імпорт скасовано: додано %n джерела</numerusform>
            <numerusform>Імпорт скасовано: додано %n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Імпортовано %n джерело</numerusform>
            <numerusform>Імпортовано %n джерела</numerusform>
            <numerusform>Імпортовано %n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n уже є в проєкті</numerusform>
            <numerusform>%n уже є в проєкті</numerusform>
            <numerusform>%n уже є в проєкті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n файл не імпортовано</numerusform>
            <numerusform>%n файли не імпортовано</numerusform>
            <numerusform>%n файлів не імпортовано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each file below was left out whole; everything else was imported.</source>
        <translation>Кожен файл нижче пропущено повністю; усе інше імпортовано.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+33"/>
        <source>Find Overlaps</source>
        <translation>Пошук збігів</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Finding overlaps…</source>
        <translation>Пошук збігів…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading sources…</source>
        <translation>Читання джерел…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning passages…</source>
        <translation>Вирівнювання фрагментів…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Overlaps are up to date: %n passage pair(s)</source>
        <translation>
            <numerusform>Збіги актуальні: %n пара фрагментів</numerusform>
            <numerusform>Збіги актуальні: %n пари фрагментів</numerusform>
            <numerusform>Збіги актуальні: %n пар фрагментів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding overlaps was cancelled; nothing changed.</source>
        <translation>Пошук збігів скасовано; нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Found overlaps: %n passage pair(s) in the project</source>
        <translation>
            <numerusform>Збіги знайдено: %n пара фрагментів у проєкті</numerusform>
            <numerusform>Збіги знайдено: %n пари фрагментів у проєкті</numerusform>
            <numerusform>Збіги знайдено: %n пар фрагментів у проєкті</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results could not be saved: %1</source>
        <translation>Не вдалося зберегти результати: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paste as New Source</source>
        <translation>Вставити як нове джерело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added pasted text as “%1”</source>
        <translation>Вставлений текст додано як «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Removed %n source(s); Undo brings them back</source>
        <translation>
            <numerusform>Вилучено %n джерело; «Скасувати» поверне його</numerusform>
            <numerusform>Вилучено %n джерела; «Скасувати» поверне їх</numerusform>
            <numerusform>Вилучено %n джерел; «Скасувати» поверне їх</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept the newer version; your changes were not saved.</source>
        <translation>Залишено новішу версію; ваші зміни не збережено.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FindBar</name>
    <message>
        <location filename="../ui/findbar.cpp" line="+28"/>
        <location line="+1"/>
        <source>Find in this source</source>
        <translation>Знайти в цьому джерелі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Попереднє</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Попередній збіг (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Наступне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter, F3)</source>
        <translation>Наступний збіг (Enter, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Escape)</source>
        <translation>Закрити панель пошуку (Escape)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find:</source>
        <translation>Знайти:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>No match</source>
        <translation>Немає збігів</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::LinkDialog</name>
    <message>
        <location filename="../ui/linkdialog.cpp" line="+37"/>
        <source>Edit Link</source>
        <translation>Редагувати зв’язок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a Link</source>
        <translation>Записати зв’язок</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passage A:</source>
        <translation>Фрагмент A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage B:</source>
        <translation>Фрагмент B:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Відношення:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>В&amp;ага:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;тан:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This link was removed meanwhile (by someone on the team, or an undo); saving will not bring it back.</source>
        <translation>Цей зв’язок тим часом вилучено (хтось із команди або скасування); збереження його не поверне.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed meanwhile (by someone on the team, or an undo). What you chose here stays; saving asks which to keep.</source>
        <translation>Тим часом змінено (хтось із команди або скасування). Вибране вами тут лишається; під час збереження вас запитають, що залишити.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::LinksPanel</name>
    <message>
        <location filename="../ui/linkspanel.cpp" line="+30"/>
        <source>Any relation</source>
        <translation>Будь-яке відношення</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any type</source>
        <translation>Будь-який тип</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ype:</source>
        <translation>Т&amp;ип:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;lation:</source>
        <translation>Відношенн&amp;я:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Ста&amp;н:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter opens both passages side by side; Ctrl+Shift+N writes a note on the selected link; Ctrl+L with two marked spans records a new one.</source>
        <translation>Enter відкриває обидва фрагменти поруч; Ctrl+Shift+N пише нотатку до вибраного зв’язку; Ctrl+L із двома запам’ятаними фрагментами записує новий.</translation>
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
        <translation>Читання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlaps</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families</source>
        <translation>Родини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Матриця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities</source>
        <translation>Сутності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Зв’язки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;h3&gt;Crosscheck %1&lt;/h3&gt;&lt;p&gt;Compare news articles about one event: overlapping passages, word-level differences, entities and contradictions.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later), with no warranty; the libraries and data it includes are credited in NOTICE.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crosscheck %1&lt;/h3&gt;&lt;p&gt;Порівняння новинних статей про одну подію: спільні фрагменти, відмінності на рівні слів, сутності та суперечності.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %2.&lt;/p&gt;&lt;p&gt;Вільне програмне забезпечення за ліцензією GNU General Public License версії 3 або пізнішої (GPL-3.0-or-later), без жодних гарантій; бібліотеки та дані, які воно містить, зазначено в NOTICE.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/actions/menus.cpp" line="+35"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sea&amp;rch</source>
        <translation>По&amp;шук</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Аналіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compare</source>
        <translation>П&amp;орівняння</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;nnotate</source>
        <translation>А&amp;нотувати</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;view Mode</source>
        <translation>Режим пе&amp;ревірки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Параметри</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+40"/>
        <source>%1 — Crosscheck</source>
        <translation>%1 — Crosscheck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: %1. Nothing you do here is saved to this file; use File › Save a Copy As… to keep a copy you can edit.</source>
        <translation>Лише для читання: %1. Ніщо з того, що ви тут робите, не зберігається в цьому файлі; скористайтеся Файл › Зберегти копію як…, щоб мати копію, яку можна редагувати.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No project open</source>
        <translation>Жодного проєкту не відкрито</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 words</source>
        <translation>слів: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage pair(s)</source>
        <translation>
            <numerusform>%n пара фрагментів</numerusform>
            <numerusform>%n пари фрагментів</numerusform>
            <numerusform>%n пар фрагментів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps not up to date (%1)</source>
        <translation>збіги не актуальні (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read-only</source>
        <translation>лише для читання</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>About Crosscheck</source>
        <translation>Про Crosscheck</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>An import or analysis is running: cancel it first.</source>
        <translation>Триває імпорт або аналіз: спершу скасуйте його.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::Navigator</name>
    <message>
        <location filename="../ui/navigator.cpp" line="+202"/>
        <source>Reading lens on: quotes, numbers, dates, attribution and entity names (%1)</source>
        <translation>Лупу читання ввімкнено: цитати, числа, дати, посилання на джерела та назви сутностей (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading lens off</source>
        <translation>Лупу читання вимкнено</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No overlaps to step through: run Find Overlaps first.</source>
        <translation>Немає збігів для перегляду: спершу запустіть «Знайти збіги».</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This passage has no family.</source>
        <translation>Цей фрагмент не має родини.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NoteDialog</name>
    <message>
        <location filename="../ui/notedialog.cpp" line="+30"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on %1 (empty deletes it; Ctrl+Return saves):</source>
        <translation>Нотатка до %1 (порожня — видаляє; Ctrl+Enter зберігає):</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NotesPanel</name>
    <message>
        <location filename="../ui/notespanel.cpp" line="+32"/>
        <source>Filter notes by any word of their text, target or author</source>
        <translation>Фільтрувати нотатки за будь-яким словом тексту, об’єкта чи автора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter notes</source>
        <translation>Фільтрувати нотатки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter goes to the note&apos;s source, passage, entity or link. Notes are written with Ctrl+Shift+N on what you have selected.</source>
        <translation>Enter переходить до джерела, уривка, сутності чи зв’язку нотатки. Нотатки пишуть клавішами Ctrl+Shift+N до виділеного.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n нотатка</numerusform>
            <numerusform>%n нотатки</numerusform>
            <numerusform>%n нотаток</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::OverlapsPanel</name>
    <message>
        <location filename="../ui/overlapspanel.cpp" line="+57"/>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbatim</source>
        <translation>дослівно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited</source>
        <translation>відредаговано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paraphrase</source>
        <translation>переказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>переміщено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any verdict</source>
        <translation>Будь-який висновок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to review</source>
        <translation>на перевірку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dismissed</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Min. score:</source>
        <translation>&amp;Мін. оцінка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verd&amp;ict:</source>
        <translation>&amp;Рішення:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passa&amp;ges</source>
        <translation>&amp;Уривки</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Source &amp;pairs</source>
        <translation>&amp;Пари джерел</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>All sources</source>
        <translation>Усі джерела</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n passage pair(s) shown</source>
        <translation>
            <numerusform>Показано %1 з %n пари фрагментів</numerusform>
            <numerusform>Показано %1 з %n пар фрагментів</numerusform>
            <numerusform>Показано %1 з %n пар фрагментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n family(ies) of 3+ sources</source>
        <translation>
            <numerusform>%n родина з 3+ джерел</numerusform>
            <numerusform>%n родини з 3+ джерел</numerusform>
            <numerusform>%n родин з 3+ джерел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="+37"/>
        <source>Preferences</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies the next time Crosscheck starts.</source>
        <translation>Нова мова діятиме після наступного запуску Crosscheck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login name</source>
        <translation>Ваше ім’я користувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name (edit log):</source>
        <translation>&amp;Ваше ім’я (журнал змін):</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;General</source>
        <translation>&amp;Загальні</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Follow the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour &amp;theme:</source>
        <translation>Колірна &amp;тема:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader, the compare view, entity tags, differences and the reading lens take their colours from the theme; text keeps a contrast of at least 4.5:1 on every highlight. Themes from %1.</source>
        <translation>Перегляд для читання, порівняння, мітки сутностей, відмінності та лупа читання беруть кольори з теми; текст зберігає контраст щонайменше 4,5:1 на кожному виділенні. Теми з %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sa&amp;mple:</source>
        <translation>&amp;Приклад:</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Клавіатурне скорочення</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Скорочення:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear</source>
        <translation>&amp;Очистити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Скинути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;All</source>
        <translation>Скинути &amp;все</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Клавіатура</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 is used by both “%2” and “%3”.</source>
        <translation>%1 використовують і «%2», і «%3».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ingrid Solberg</source>
        <translation>Інгрід Сольберг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared words</source>
        <translation>спільні слова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current passage</source>
        <translation>поточний фрагмент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced</source>
        <translation>замінено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved</source>
        <translation>переміщено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The coast guard said on Tuesday that 1,200 tonnes had leaked. “We are working around the clock,” %1 told reporters.</source>
        <translation>Берегова охорона у вівторок повідомила, що витекло 1200 тонн. «Ми працюємо цілодобово», — сказала журналістам %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Resolve the conflicts before saving.</source>
        <translation>Усуньте конфлікти перед збереженням.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ProblemsDialog</name>
    <message>
        <location filename="../ui/problemsdialog.cpp" line="+36"/>
        <source>&amp;Copy List</source>
        <translation>&amp;Копіювати список</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ProgressDialog</name>
    <message>
        <location filename="../ui/progressdialog.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ProjectSession</name>
    <message>
        <location filename="../ui/projectsession.cpp" line="+104"/>
        <source>The copy of the team project on this computer is read-only (%1).</source>
        <translation>Копія командного проєкту на цьому комп’ютері доступна лише для читання (%1).</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReaderView</name>
    <message>
        <location filename="../ui/readerview.cpp" line="+56"/>
        <source>Select a source to read it.</source>
        <translation>Виберіть джерело, щоб прочитати його.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Outlet:</source>
        <translation>Видання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words:</source>
        <translation>Слів:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported from:</source>
        <translation>Імпортовано з:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Original file %1 (%2, %3, %4), shown as text: nothing in it is rendered or loaded.</source>
        <translation>Оригінальний файл %1 (%2, %3, %4), показано як текст: нічого в ньому не відображається й не завантажується.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pasted)</source>
        <translation>(вставлено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is too large to highlight.</source>
        <translation>Він завеликий для підсвічування.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>— applied by a batch run, confidence %1%</source>
        <translation>— застосовано пакетним запуском, впевненість %1 %</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewActions</name>
    <message>
        <location filename="../ui/actions/reviewactions.cpp" line="+89"/>
        <source>No passage is selected.</source>
        <translation>Фрагмент не вибрано.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+33"/>
        <source>Retype</source>
        <translation>Змінити тип</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Type of “%1”:</source>
        <translation>Тип «%1»:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type of contradiction:</source>
        <translation>Тип суперечності:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>this item</source>
        <translation>цей запис</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewContext</name>
    <message numerus="yes">
        <location filename="../ui/reviewcontext.cpp" line="+89"/>
        <source>Also suggested %n more time(s):</source>
        <translation>
            <numerusform>Запропоновано ще %n раз:</numerusform>
            <numerusform>Запропоновано ще %n рази:</numerusform>
            <numerusform>Запропоновано ще %n разів:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… і ще %n.</numerusform>
            <numerusform>… і ще %n.</numerusform>
            <numerusform>… і ще %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewPanel</name>
    <message>
        <location filename="../ui/reviewpanel.cpp" line="+176"/>
        <source>This is the last item.</source>
        <translation>Це останній запис.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is the first item.</source>
        <translation>Це перший запис.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Only a suggested name can be decided everywhere at once.</source>
        <translation>Лише запропоновану назву можна вирішити всюди одразу.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>J / K: next / previous · A: accept · X: reject · E: edit · T: retype · N: note · S: skip · G: a name&apos;s occurrences one by one · Shift+A / Shift+X: the name everywhere · Ctrl+Shift+A / Ctrl+Shift+R: every suggestion of the type · F5: rebuild the queue</source>
        <translation>J / K: наступний / попередній · A: прийняти · X: відхилити · E: редагувати · T: змінити тип · N: нотатка · S: пропустити · G: входження імені по одному · Shift+A / Shift+X: ім’я скрізь · Ctrl+Shift+A / Ctrl+Shift+R: усі пропозиції цього типу · F5: перебудувати чергу</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>This item has no other occurrences.</source>
        <translation>Цей запис не має інших входжень.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Only suggested names can be decided by type.</source>
        <translation>За типом можна вирішувати лише запропоновані імена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every %1</source>
        <translation>Усі типу «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: tagged %n time(s).</source>
        <translation>
            <numerusform>%1: позначено %n раз.</numerusform>
            <numerusform>%1: позначено %n рази.</numerusform>
            <numerusform>%1: позначено %n разів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: rejected %n time(s).</source>
        <translation>
            <numerusform>%1: відхилено %n раз.</numerusform>
            <numerusform>%1: відхилено %n рази.</numerusform>
            <numerusform>%1: відхилено %n разів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source> (also in %n more pair(s) of sources)</source>
        <translation>
            <numerusform> (також ще в %n парі джерел)</numerusform>
            <numerusform> (також ще в %n парах джерел)</numerusform>
            <numerusform> (також ще в %n парах джерел)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible corroboration, %1% sure: %2</source>
        <translation>Можливе підтвердження, певність %1%: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible contradiction (%1), %2% sure: %3</source>
        <translation>Можлива суперечність (%1), впевненість %2 %: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same entity? %1 (%2)</source>
        <translation>Та сама сутність? %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity? “%1” as %2 “%3”, %4% sure (%5)</source>
        <translation>Сутність? «%1» як %2 «%3», впевненість %4 % (%5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared passage (%1, score %2%): confirm or dismiss</source>
        <translation>Спільний фрагмент (%1, оцінка %2 %): підтвердьте чи відхиліть</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Nothing awaits a decision (%n decided).</source>
        <translation>
            <numerusform>Ніщо не чекає рішення (вирішено %n).</numerusform>
            <numerusform>Ніщо не чекає рішення (вирішено %n).</numerusform>
            <numerusform>Ніщо не чекає рішення (вирішено %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F5 to look for suggestions again.</source>
        <translation>Натисніть F5, щоб знову пошукати пропозиції.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Item %1 of %2 · %n decided</source>
        <translation>
            <numerusform>Запис %1 з %2 · вирішено %n</numerusform>
            <numerusform>Запис %1 з %2 · вирішено %n</numerusform>
            <numerusform>Запис %1 з %2 · вирішено %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>occurrence %1 of %2 (G: fold them into one item)</source>
        <translation>входження %1 з %2 (G: згорнути їх в один запис)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n occurrence(s) of this name (G: one by one; Shift+A / Shift+X: all of them)</source>
        <translation>
            <numerusform>%n входження цього імені (G: по одному; Shift+A / Shift+X: усі)</numerusform>
            <numerusform>%n входження цього імені (G: по одному; Shift+A / Shift+X: усі)</numerusform>
            <numerusform>%n входжень цього імені (G: по одному; Shift+A / Shift+X: усі)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchActions</name>
    <message>
        <location filename="../ui/actions/searchactions.cpp" line="+54"/>
        <source>Hit marked. Select the other passage and press %1.</source>
        <translation>Збіг позначено. Виділіть інший уривок і натисніть %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No hits to step through: search all sources (%1) or find in this source (%2) first.</source>
        <translation>Немає збігів для переходу: спершу шукайте в усіх джерелах (%1) або в цьому джерелі (%2).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select the words to quote in the reader or a compare pane first.</source>
        <translation>Спершу виділіть слова для цитати в читачі або панелі порівняння.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied as a quotation with its source.</source>
        <translation>Скопійовано як цитату з джерелом.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchPanel</name>
    <message>
        <location filename="../ui/searchpanel.cpp" line="+44"/>
        <source>Regular e&amp;xpression</source>
        <translation>Регулярний ви&amp;раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case an&amp;d accents</source>
        <translation>Регістр і на&amp;голоси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>Ш&amp;укати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tag All Hits as Entity…</source>
        <translation>&amp;Позначити всі збіги як сутність…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Hit for a Link</source>
        <translation>Позначити збіг для &amp;зв’язку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Results</source>
        <translation>&amp;Копіювати результати</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words, &quot;a phrase&quot;, prefix*, AND, OR, NOT, refused NEAR Putin, NEAR(a b, 5)</source>
        <translation>Слова, &quot;фраза&quot;, префікс*, AND, OR, NOT, refused NEAR Putin, NEAR(a b, 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search query</source>
        <translation>Пошуковий запит</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter opens a hit in the reader; F3 and Shift+F3 step through the hits across sources. Names of registry entities also find their aliases, spelling variants and tagged mentions; &quot;quotes&quot; find exactly what they hold.</source>
        <translation>Enter відкриває збіг у читачі; F3 і Shift+F3 переходять між збігами в усіх джерелах. Імена сутностей реєстру знаходять також їхні псевдоніми, варіанти написання та позначені згадки; &quot;лапки&quot; знаходять точно те, що в них.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a hit in the list first.</source>
        <translation>Спершу виберіть збіг у списку.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this outlet</source>
        <translation>Лише це видання</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Від (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on or after</source>
        <translation>Опубліковано не раніше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>До (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on or before</source>
        <translation>Опубліковано не пізніше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language (en)</source>
        <translation>Мова (en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this language</source>
        <translation>Лише ця мова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only hits on entities of this type</source>
        <translation>Лише збіги на сутностях цього типу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>Скрізь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside shared passages only</source>
        <translation>Лише в спільних уривках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in text found nowhere else</source>
        <translation>Лише в тексті, якого більше ніде немає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where in the sources</source>
        <translation>Де в джерелах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected sources only</source>
        <translation>Лише вибрані джерела</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search every source of the project.</source>
        <translation>Шукати в усіх джерелах проєкту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No project is open.</source>
        <translation>Жоден проєкт не відкрито.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any text</source>
        <translation>Будь-який текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entities: %1</source>
        <translation>Сутності: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing the sources for search…</source>
        <translation>Індексування джерел для пошуку…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No hits.</source>
        <translation>Немає збігів.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n source(s)</source>
        <translation>
            <numerusform>у %n джерелі</numerusform>
            <numerusform>у %n джерелах</numerusform>
            <numerusform>у %n джерелах</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(searching…)</source>
        <translation>(пошук…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also searched: %1</source>
        <translation>також шукали: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No results to copy.</source>
        <translation>Немає результатів для копіювання.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Copied %n hit(s) as a table.</source>
        <translation>
            <numerusform>Скопійовано %n збіг як таблицю.</numerusform>
            <numerusform>Скопійовано %n збіги як таблицю.</numerusform>
            <numerusform>Скопійовано %n збігів як таблицю.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search first: there are no hits to tag.</source>
        <translation>Спершу шукайте: немає збігів для позначення.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <source>Tag All Hits</source>
        <translation>Позначити всі збіги</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Tag the %n hit(s) as mentions of (an entity of the registry, or a new one):</source>
        <translation>
            <numerusform>Позначити %n збіг як згадку (сутності реєстру або нової):</numerusform>
            <numerusform>Позначити %n збіги як згадки (сутності реєстру або нової):</numerusform>
            <numerusform>Позначити %n збігів як згадки (сутності реєстру або нової):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is new. Its type:</source>
        <translation>«%1» — нова сутність. Її тип:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every hit is already tagged as “%1”.</source>
        <translation>Усі збіги вже позначено як «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag search hits as “%1”</source>
        <translation>Позначити збіги пошуку як «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tagged %n hit(s) as “%1” (one undo step).</source>
        <translation>
            <numerusform>Позначено %n збіг як «%1» (один крок скасування).</numerusform>
            <numerusform>Позначено %n збіги як «%1» (один крок скасування).</numerusform>
            <numerusform>Позначено %n збігів як «%1» (один крок скасування).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ShortcutOverlay</name>
    <message>
        <location filename="../ui/shortcutoverlay.cpp" line="+75"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>only %1, so that typing elsewhere is never taken for a command</source>
        <translation>лише %1, щоб набір тексту деінде ніколи не сприймався як команда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change shortcuts in Preferences. Press any key to close.</source>
        <translation>Змінити скорочення можна в параметрах. Натисніть будь-яку клавішу, щоб закрити.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceChooser</name>
    <message>
        <location filename="../ui/sourcechooser.cpp" line="+24"/>
        <source>Compare With</source>
        <translation>Порівняти з</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number or part of a title or outlet</source>
        <translation>Введіть номер або частину заголовка чи назви видання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n спільний фрагмент</numerusform>
            <numerusform>%n спільні фрагменти</numerusform>
            <numerusform>%n спільних фрагментів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceDetailsDialog</name>
    <message>
        <location filename="../ui/sourcedetailsdialog.cpp" line="+21"/>
        <source>Source Details</source>
        <translation>Відомості про джерело</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This source was removed meanwhile (by someone on the team, or an undo); saving will not bring it back.</source>
        <translation>Це джерело тим часом вилучено (хтось із команди або скасування); збереження його не поверне.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed meanwhile (by someone on the team, or an undo): the title is now “%1”. What you typed here stays; saving asks which to keep.</source>
        <translation>Тим часом змінено (хтось із команди або скасування): тепер заголовок «%1». Введене вами тут лишається; під час збереження вас запитають, що залишити.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Опубліковано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD or YYYY-MM-DDThh:mm</source>
        <translation>РРРР-ММ-ДД або РРРР-ММ-ДДTгг:хх</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, de, uk</source>
        <translation>наприклад, en, de, uk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A source needs a title.</source>
        <translation>Джерело повинно мати заголовок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is not a date Crosscheck understands (use YYYY-MM-DD).</source>
        <translation>Crosscheck не розуміє цієї дати (використовуйте РРРР-ММ-ДД).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language must be a code such as en, de or uk.</source>
        <translation>Мову слід вказати кодом, наприклад en, de або uk.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceListPanel</name>
    <message>
        <location filename="../ui/sourcelistpanel.cpp" line="+41"/>
        <source>Filter sources (type to filter)</source>
        <translation>Фільтр джерел (почніть вводити)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceMatrixView</name>
    <message>
        <location filename="../ui/sourcematrixview.cpp" line="+65"/>
        <source>Each row is one source: the share of its words found in passages it shares with the source numbered in each column (darker: more), and in the last column the share found in no other source. Enter or click opens the pair side by side.</source>
        <translation>Кожен рядок — одне джерело: частка його слів у фрагментах, спільних із джерелом, номер якого над стовпцем (темніше — більше), а в останньому стовпці — частка, якої немає в жодному іншому джерелі. Enter або клацання відкриває пару поруч.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagDialog</name>
    <message>
        <location filename="../ui/tagdialog.cpp" line="+37"/>
        <source>Tag as</source>
        <translation>Позначити як</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter entities and types</source>
        <translation>Введіть, щоб відфільтрувати сутності й типи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Фільтр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of a new entity:</source>
        <translation>&amp;Назва нової сутності:</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%1 — %2, %n mention(s)</source>
        <translation>
            <numerusform>%1 — %2, %n згадка</numerusform>
            <numerusform>%1 — %2, %n згадки</numerusform>
            <numerusform>%1 — %2, %n згадок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New %1</source>
        <translation>Нова: %1</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamActions</name>
    <message>
        <location filename="../ui/actions/teamactions.cpp" line="+134"/>
        <source>The password was not kept in the keyring (%1); it is used for this session only.</source>
        <translation>Пароль не збережено у зв’язці ключів (%1); його використано лише для цього сеансу.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

If the server needs a password for %2, enter it (it is used for this session only and never stored; ~/.pgpass spares you the question):</source>
        <translation>%1

Якщо сервер потребує пароль для %2, введіть його (він діє лише в цьому сеансі й ніколи не зберігається; ~/.pgpass позбавляє цього питання):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Publish to Team Server</source>
        <translation>Опублікувати на командному сервері</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The URL names no team project (?project=NAME).</source>
        <translation>URL не називає командного проєкту (?project=NAME).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project could not be copied: %1</source>
        <translation>Не вдалося скопіювати проєкт: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing to %1…</source>
        <translation>Публікація на %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published as %1</source>
        <translation>Опубліковано як %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project was not published: %1</source>
        <translation>Проєкт не опубліковано: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clone Team Project</source>
        <translation>Склонувати командний проєкт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Crosscheck projects (*.crosscheck)</source>
        <translation>Проєкти Crosscheck (*.crosscheck)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 уже існує; виберіть нову назву файлу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cloning %1…</source>
        <translation>Клонування %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team project was not cloned: %1</source>
        <translation>Командний проєкт не склоновано: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+52"/>
        <source>Connecting to %1…</source>
        <translation>З’єднання з %1…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>There are no team projects on this server yet.</source>
        <translation>На цьому сервері ще немає командних проєктів.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team project:</source>
        <translation>Командний проєкт:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open Team Project</source>
        <translation>Відкрити командний проєкт</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>The team project could not be opened: %1</source>
        <translation>Не вдалося відкрити командний проєкт: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamConflictDialog</name>
    <message>
        <location filename="../ui/teamconflictdialog.cpp" line="+27"/>
        <source>Edit Not Applied</source>
        <translation>Редагування не застосовано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not applied: %1, because %2.</source>
        <translation>Не застосовано: %1, бо %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s version is shown now. Choose, for each field, which value to keep:</source>
        <translation>Зараз показано версію команди. Виберіть для кожного поля, яке значення залишити:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Apply Choices</source>
        <translation>&amp;Застосувати вибір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep All &amp;Mine</source>
        <translation>Залишити все &amp;моє</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep All &amp;Theirs</source>
        <translation>Залишити все &amp;їхнє</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Вирішити &amp;пізніше</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Поле&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваше&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Їхнє&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Entity “%1”</source>
        <translation>Сутність «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Сутність</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type “%1”</source>
        <translation>Тип «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mention</source>
        <translation>Згадка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source “%1”</source>
        <translation>Джерело «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict on a passage</source>
        <translation>Вердикт щодо уривка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision on a suggestion</source>
        <translation>Рішення щодо пропозиції</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aliases</source>
        <translation>псевдоніми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entity</source>
        <translation>сутність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outlet</source>
        <translation>видання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date</source>
        <translation>дата публікації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relation</source>
        <translation>відношення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>severity</source>
        <translation>серйозність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>колір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove it</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gone (removed by the team)</source>
        <translation>Немає (вилучено командою)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it again</source>
        <translation>Записати знову</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep it as the team has it</source>
        <translation>Залишити, як у команди</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>(removed)</source>
        <translation>(вилучено)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamConnectDialog</name>
    <message>
        <location filename="../ui/teamconnectdialog.cpp" line="+30"/>
        <source>Publish to Team Server</source>
        <translation>Опублікувати на сервері команди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Team Project</source>
        <translation>Відкрити командний проєкт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone Team Project</source>
        <translation>Клонувати командний проєкт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db.desk.example, or localhost</source>
        <translation>db.desk.example або localhost</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name the team will see</source>
        <translation>назва, яку бачитиме команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave empty to choose from the server&apos;s list</source>
        <translation>залиште порожнім, щоб вибрати зі списку сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the server&apos;s certificate and name (verify-full)</source>
        <translation>Перевіряти сертифікат і назву сервера (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt, without checking the certificate (require)</source>
        <translation>Шифрувати без перевірки сертифіката (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Шифрувати, якщо сервер це пропонує (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not encrypt (disable)</source>
        <translation>Не шифрувати (disable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>порожньо: зі зв’язки ключів або ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>Запа&amp;м’ятати пароль у зв’язці ключів стільниці</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build of Crosscheck has no keyring support; use ~/.pgpass to avoid typing the password.</source>
        <translation>Ця збірка Crosscheck не підтримує зв’язку ключів; скористайтеся ~/.pgpass, щоб не вводити пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same as a URL, to paste one or pass it on (without the password): postgresql://user@host:port/database?project=NAME</source>
        <translation>Те саме як URL, щоб вставити або передати (без пароля): postgresql://користувач@хост:порт/база?project=НАЗВА</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Analyst (login):</source>
        <translation>&amp;Аналітик (логін):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team project:</source>
        <translation>&amp;Командний проєкт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Захист:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish</source>
        <translation>Опублікувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clone</source>
        <translation>Клонувати</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>That is not a team project URL: %1</source>
        <translation>Це не URL командного проєкту: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the server (its host name, or localhost).</source>
        <translation>Вкажіть сервер (назву хоста або localhost).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the database on the server.</source>
        <translation>Вкажіть базу даних на сервері.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the analyst&apos;s login on the server.</source>
        <translation>Вкажіть логін аналітика на сервері.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the team project a name.</source>
        <translation>Дайте командному проєкту назву.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate will not be checked: anyone between this computer and the server could read the project and the password.</source>
        <translation>Сертифікат сервера не перевірятиметься: будь-хто між цим комп’ютером і сервером зможе прочитати проєкт і пароль.</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamPasswords</name>
    <message>
        <location filename="../ui/teampasswords.cpp" line="+38"/>
        <source>the keyring did not answer</source>
        <translation>зв’язка ключів не відповіла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no password is kept for this login</source>
        <translation>для цього логіна пароль не збережено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keyring refused access</source>
        <translation>зв’язка ключів відмовила в доступі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keyring answers in this desktop session (%1)</source>
        <translation>у цьому сеансі стільниці не відповідає жодна зв’язка ключів (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this build of Crosscheck has no keyring support</source>
        <translation>ця збірка Crosscheck не підтримує зв’язку ключів</translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamStatus</name>
    <message>
        <location filename="../ui/teamstatus.cpp" line="+33"/>
        <source>(not connected yet)</source>
        <translation>(ще не з’єднано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 on %3 — Crosscheck</source>
        <translation>%1 — %2 на %3 — Crosscheck</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Team: %1 on %2</source>
        <translation>Команда: %1 на %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team: offline</source>
        <translation>Команда: офлайн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline — %1 cannot be reached. You can go on working: your edits are kept on this computer and sent when it is back.</source>
        <translation>Офлайн — %1 недоступний. Можна працювати далі: ваші зміни зберігаються на цьому комп’ютері й будуть надіслані, щойно він повернеться.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Offline — %n edit(s) kept on this computer, will be sent when %1 is back. You can go on working.</source>
        <translation>
            <numerusform>Офлайн — %n зміну збережено на цьому комп’ютері, її буде надіслано, щойно %1 повернеться. Можна працювати далі.</numerusform>
            <numerusform>Офлайн — %n зміни збережено на цьому комп’ютері, їх буде надіслано, щойно %1 повернеться. Можна працювати далі.</numerusform>
            <numerusform>Офлайн — %n змін збережено на цьому комп’ютері, їх буде надіслано, щойно %1 повернеться. Можна працювати далі.</numerusform>
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
        <translation>Порівнюйте новинні статті про одну подію: де вони копіюють одна одну, чим відрізняються і де суперечать одна одній.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Недавні проєкти:</translation>
    </message>
</context>
</TS>
