<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crosscheck::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="+108"/>
        <source>Wrote the sample project with %n source(s) to %1</source>
        <translation>
            <numerusform>Wrote the sample project with %n source to %1</numerusform>
            <numerusform>Wrote the sample project with %n sources to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Imported %n source(s)</source>
        <translation>
            <numerusform>Imported %n source</numerusform>
            <numerusform>Imported %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+244"/>
        <source>Up to date: %n passage pair(s), nothing to analyse</source>
        <translation>
            <numerusform>Up to date: %n passage pair, nothing to analyse</numerusform>
            <numerusform>Up to date: %n passage pairs, nothing to analyse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Core::Project</name>
    <message numerus="yes">
        <location filename="../app/core/commands/addsourcescommand.cpp" line="+12"/>
        <source>Import %n sources</source>
        <translation>
            <numerusform>Import %n source</numerusform>
            <numerusform>Import %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/commands/removesourcescommand.cpp" line="+12"/>
        <source>Remove %n sources</source>
        <translation>
            <numerusform>Remove %n source</numerusform>
            <numerusform>Remove %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crosscheck::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+219"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
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
</context>
<context>
    <name>Crosscheck::Ui::ProjectController</name>
    <message numerus="yes">
        <location filename="../ui/projectcontroller.cpp" line="+335"/>
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
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Overlaps are up to date: %n passage pair(s)</source>
        <translation>
            <numerusform>Overlaps are up to date: %n passage pair</numerusform>
            <numerusform>Overlaps are up to date: %n passage pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Found overlaps: %n passage pair(s) in the project</source>
        <translation>
            <numerusform>Found overlaps: %n passage pair in the project</numerusform>
            <numerusform>Found overlaps: %n passage pairs in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Removed %n source(s); Undo brings them back</source>
        <translation>
            <numerusform>Removed %n source; Undo brings them back</numerusform>
            <numerusform>Removed %n sources; Undo brings them back</numerusform>
        </translation>
    </message>
</context>
</TS>
