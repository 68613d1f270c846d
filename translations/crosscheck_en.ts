<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crosscheck::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/sample.cpp" line="+24"/>
        <source>Wrote the sample project with %n source(s) to %1</source>
        <translation>
            <numerusform>Wrote the sample project with %n source to %1</numerusform>
            <numerusform>Wrote the sample project with %n sources to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/import.cpp" line="+22"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Imported %n source</numerusform>
            <numerusform>Imported %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/analyze.cpp" line="+37"/>
        <source>Up to date: %n passage pair(s), nothing to analyse</source>
        <translation>
            <numerusform>Up to date: %n passage pair, nothing to analyse</numerusform>
            <numerusform>Up to date: %n passage pairs, nothing to analyse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="+46"/>
        <source>Wrote %n annotation(s) to %1</source>
        <translation>
            <numerusform>Wrote %n annotation to %1</numerusform>
            <numerusform>Wrote %n annotations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/importqdpx.cpp" line="+23"/>
        <source>Not mapped (%n):</source>
        <translation>
            <numerusform>Not mapped (%n):</numerusform>
            <numerusform>Not mapped (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/team.cpp" line="+76"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ClaimListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/claimlistmodel.cpp" line="+109"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::EntityListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/annotationmodels.cpp" line="+146"/>
        <source>%1. %2: %n mention(s)</source>
        <translation>
            <numerusform>%1. %2: %n mention</numerusform>
            <numerusform>%1. %2: %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats</name>
    <message numerus="yes">
        <location filename="../app/core/formats/webannotation.cpp" line="+480"/>
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Import %n annotation</numerusform>
            <numerusform>Import %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats::Qdpx</name>
    <message numerus="yes">
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+122"/>
        <source> (%n coded selection(s) lost with it)</source>
        <translation>
            <numerusform> (%n coded selection lost with it)</numerusform>
            <numerusform> (%n coded selections lost with it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>PDF source “%1”: %n region selection(s) (Crosscheck anchors text, not page regions)</source>
        <translation>
            <numerusform>PDF source “%1”: %n region selection (Crosscheck anchors text, not page regions)</numerusform>
            <numerusform>PDF source “%1”: %n region selections (Crosscheck anchors text, not page regions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: %n item(s) (no counterpart in Crosscheck)</source>
        <translation>
            <numerusform>%1: %n item (no counterpart in Crosscheck)</numerusform>
            <numerusform>%1: %n items (no counterpart in Crosscheck)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Formats::Report</name>
    <message numerus="yes">
        <location filename="../app/core/formats/report.cpp" line="+162"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n shared passage</numerusform>
            <numerusform>%n shared passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passage famil(ies)</source>
        <translation>
            <numerusform>%n passage family</numerusform>
            <numerusform>%n passage families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contradiction(s)</source>
        <translation>
            <numerusform>%n contradiction</numerusform>
            <numerusform>%n contradictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n corroboration(s)</source>
        <translation>
            <numerusform>%n corroboration</numerusform>
            <numerusform>%n corroborations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::OverlapListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/overlaplistmodel.cpp" line="+170"/>
        <source>F%1 (%n sources)</source>
        <translation>
            <numerusform>F%1 (%n source)</numerusform>
            <numerusform>F%1 (%n sources)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Project</name>
    <message numerus="yes">
        <location filename="../app/core/commands/addsourcescommand.cpp" line="+14"/>
        <source>Import %n sources</source>
        <translation>
            <numerusform>Import %n source</numerusform>
            <numerusform>Import %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/removesourcescommand.cpp" line="+14"/>
        <source>Remove %n sources</source>
        <translation>
            <numerusform>Remove %n source</numerusform>
            <numerusform>Remove %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/setpassagereviewcommand.cpp" line="+15"/>
        <source>Confirm %n passage(s)</source>
        <translation>
            <numerusform>Confirm %n passage</numerusform>
            <numerusform>Confirm %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dismiss %n passage(s)</source>
        <translation>
            <numerusform>Dismiss %n passage</numerusform>
            <numerusform>Dismiss %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Clear the verdict on %n passage(s)</source>
        <translation>
            <numerusform>Clear the verdict on %n passage</numerusform>
            <numerusform>Clear the verdict on %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/project/projectannotations.cpp" line="+91"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n passage pair(s)</source>
        <translation>
            <numerusform>%n passage pair</numerusform>
            <numerusform>%n passage pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/project/projectedits.cpp" line="+152"/>
        <source>Tag %n more occurrence(s) of “%1”</source>
        <translation>
            <numerusform>Tag %n more occurrence of “%1”</numerusform>
            <numerusform>Tag %n more occurrences of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/annotationcommands.cpp" line="+55"/>
        <source>Remove %n mention(s)</source>
        <translation>
            <numerusform>Remove %n mention</numerusform>
            <numerusform>Remove %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Merge %n entities</source>
        <translation>
            <numerusform>Merge %n entities</numerusform>
            <numerusform>Merge %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/project/project.cpp" line="+184"/>
        <source>The text of %n source(s) no longer matches the checksum recorded at import (the file is damaged): %1. Restore the project from a backup or a saved copy.</source>
        <translation>
            <numerusform>The text of %n source no longer matches the checksum recorded at import (the file is damaged): %1. Restore the project from a backup or a saved copy.</numerusform>
            <numerusform>The text of %n sources no longer matches the checksum recorded at import (the file is damaged): %1. Restore the project from a backup or a saved copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Qdpx</name>
    <message numerus="yes">
        <location filename="../app/core/formats/qdpx/qdpximporter.cpp" line="+72"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entit(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::ReviewQueue</name>
    <message numerus="yes">
        <location filename="../app/core/suggestions/reviewqueue.cpp" line="+128"/>
        <source>Reject “%1” everywhere (%n suggestion(s))</source>
        <translation>
            <numerusform>Reject “%1” everywhere (%n suggestion)</numerusform>
            <numerusform>Reject “%1” everywhere (%n suggestions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SearchResultModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/searchresultmodel.cpp" line="+145"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::SourceMatrixModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/sourcepairmodel.cpp" line="+168"/>
        <source>%1 of “%2” is shared with “%3” (%n passage(s))</source>
        <translation>
            <numerusform>%1 of “%2” is shared with “%3” (%n passage)</numerusform>
            <numerusform>%1 of “%2” is shared with “%3” (%n passages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Storage</name>
    <message numerus="yes">
        <location filename="../app/core/storage/projectschema.cpp" line="+146"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::AnnotationActions</name>
    <message numerus="yes">
        <location filename="../ui/actions/annotationactions.cpp" line="+139"/>
        <source>Tagged as “%1”. %n more occurrence(s) in the project: %2 tags them all.</source>
        <translation>
            <numerusform>Tagged as “%1”. %n more occurrence in the project: %2 tags them all.</numerusform>
            <numerusform>Tagged as “%1”. %n more occurrences in the project: %2 tags them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tagged %n more occurrence(s) of “%1” (one undo step).</source>
        <translation>
            <numerusform>Tagged %n more occurrence of “%1” (one undo step).</numerusform>
            <numerusform>Tagged %n more occurrences of “%1” (one undo step).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+249"/>
        <source>“%1” (%n mention(s))</source>
        <translation>
            <numerusform>“%1” (%n mention)</numerusform>
            <numerusform>“%1” (%n mentions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ClaimsPanel</name>
    <message numerus="yes">
        <location filename="../ui/claimspanel.cpp" line="+113"/>
        <source>%n possible contradiction(s)</source>
        <translation>
            <numerusform>%n possible contradiction</numerusform>
            <numerusform>%n possible contradictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n possible corroboration(s)</source>
        <translation>
            <numerusform>%n possible corroboration</numerusform>
            <numerusform>%n possible corroborations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::CompareView</name>
    <message numerus="yes">
        <location filename="../ui/compareview.cpp" line="+461"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n shared passage</numerusform>
            <numerusform>%n shared passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="+157"/>
        <source>Pre&amp;view of %1 (the start; %n line(s) in all):</source>
        <translation>
            <numerusform>Pre&amp;view of %1 (the start; %n line in all):</numerusform>
            <numerusform>Pre&amp;view of %1 (the start; %n lines in all):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %n annotation to %1</numerusform>
            <numerusform>Exported %n annotations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FamilyView</name>
    <message numerus="yes">
        <location filename="../ui/familyview.cpp" line="+185"/>
        <source>Family F%1: %n source(s)</source>
        <translation>
            <numerusform>Family F%1: %n source</numerusform>
            <numerusform>Family F%1: %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::FileActions</name>
    <message numerus="yes">
        <location filename="../ui/actions/fileactions.cpp" line="+256"/>
        <source>%n item(s) could not be mapped.</source>
        <translation>
            <numerusform>%n item could not be mapped.</numerusform>
            <numerusform>%n items could not be mapped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>Import cancelled: %n source(s) added</source>
        <translation>
            <numerusform>Import cancelled: %n source added</numerusform>
            <numerusform>Import cancelled: %n sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Imported %n source</numerusform>
            <numerusform>Imported %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Overlaps are up to date: %n passage pair(s)</source>
        <translation>
            <numerusform>Overlaps are up to date: %n passage pair</numerusform>
            <numerusform>Overlaps are up to date: %n passage pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Found overlaps: %n passage pair(s) in the project</source>
        <translation>
            <numerusform>Found overlaps: %n passage pair in the project</numerusform>
            <numerusform>Found overlaps: %n passage pairs in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Removed %n source(s); Undo brings them back</source>
        <translation>
            <numerusform>Removed %n source; Undo brings them back</numerusform>
            <numerusform>Removed %n sources; Undo brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+287"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n passage pair(s)</source>
        <translation>
            <numerusform>%n passage pair</numerusform>
            <numerusform>%n passage pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::NotesPanel</name>
    <message numerus="yes">
        <location filename="../ui/notespanel.cpp" line="+92"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::OverlapsPanel</name>
    <message numerus="yes">
        <location filename="../ui/overlapspanel.cpp" line="+197"/>
        <source>%1 of %n passage pair(s) shown</source>
        <translation>
            <numerusform>%1 of %n passage pair shown</numerusform>
            <numerusform>%1 of %n passage pairs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n family(ies) of 3+ sources</source>
        <translation>
            <numerusform>%n family of 3+ sources</numerusform>
            <numerusform>%n families of 3+ sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewContext</name>
    <message numerus="yes">
        <location filename="../ui/reviewcontext.cpp" line="+89"/>
        <source>Also suggested %n more time(s):</source>
        <translation>
            <numerusform>Also suggested %n more time:</numerusform>
            <numerusform>Also suggested %n more times:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::ReviewPanel</name>
    <message numerus="yes">
        <location filename="../ui/reviewpanel.cpp" line="+302"/>
        <source>%1: tagged %n time(s).</source>
        <translation>
            <numerusform>%1: tagged %n time.</numerusform>
            <numerusform>%1: tagged %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: rejected %n time(s).</source>
        <translation>
            <numerusform>%1: rejected %n time.</numerusform>
            <numerusform>%1: rejected %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source> (also in %n more pair(s) of sources)</source>
        <translation>
            <numerusform> (also in %n more pair of sources)</numerusform>
            <numerusform> (also in %n more pairs of sources)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Nothing awaits a decision (%n decided).</source>
        <translation>
            <numerusform>Nothing awaits a decision (%n decided).</numerusform>
            <numerusform>Nothing awaits a decision (%n decided).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Item %1 of %2 · %n decided</source>
        <translation>
            <numerusform>Item %1 of %2 · %n decided</numerusform>
            <numerusform>Item %1 of %2 · %n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n occurrence(s) of this name (G: one by one; Shift+A / Shift+X: all of them)</source>
        <translation>
            <numerusform>%n occurrence of this name (G: one by one; Shift+A / Shift+X: all of them)</numerusform>
            <numerusform>%n occurrences of this name (G: one by one; Shift+A / Shift+X: all of them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SearchPanel</name>
    <message numerus="yes">
        <location filename="../ui/searchpanel.cpp" line="+321"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n source(s)</source>
        <translation>
            <numerusform>in %n source</numerusform>
            <numerusform>in %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Copied %n hit(s) as a table.</source>
        <translation>
            <numerusform>Copied %n hit as a table.</numerusform>
            <numerusform>Copied %n hits as a table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Tag the %n hit(s) as mentions of (an entity of the registry, or a new one):</source>
        <translation>
            <numerusform>Tag the hit as a mention of (an entity of the registry, or a new one):</numerusform>
            <numerusform>Tag the %n hits as mentions of (an entity of the registry, or a new one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Tagged %n hit(s) as “%1” (one undo step).</source>
        <translation>
            <numerusform>Tagged %n hit as “%1” (one undo step).</numerusform>
            <numerusform>Tagged %n hits as “%1” (one undo step).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::SourceChooser</name>
    <message numerus="yes">
        <location filename="../ui/sourcechooser.cpp" line="+48"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n shared passage</numerusform>
            <numerusform>%n shared passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TagDialog</name>
    <message numerus="yes">
        <location filename="../ui/tagdialog.cpp" line="+81"/>
        <source>%1 — %2, %n mention(s)</source>
        <translation>
            <numerusform>%1 — %2, %n mention</numerusform>
            <numerusform>%1 — %2, %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::TeamStatus</name>
    <message numerus="yes">
        <location filename="../ui/teamstatus.cpp" line="+71"/>
        <source>Offline — %n edit(s) kept on this computer, will be sent when %1 is back. You can go on working.</source>
        <translation>
            <numerusform>Offline — %n edit kept on this computer, will be sent when %1 is back. You can go on working.</numerusform>
            <numerusform>Offline — %n edits kept on this computer, will be sent when %1 is back. You can go on working.</numerusform>
        </translation>
    </message>
</context>
</TS>
