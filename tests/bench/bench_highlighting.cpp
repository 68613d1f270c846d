// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_highlighting: what KSyntaxHighlighting's highlighting costs. Prints:
//  - the reading lens over a short (5 KB) and a long (20 KB) article and a rare 1 MB source (the
//    sample's paragraphs repeated, with 200 registry names in its entity rule): time to
//    highlight the whole document, and again after the registry changed;
//  - the markup view over the sample's original HTML repeated to 1 MB and 4 MB;
//  - building a Theme (the derived, contrast-fitted colours) for every theme;
//  - File › Export…'s preview for each format, on the project given as the first argument (the
//    sample otherwise).
// Same run: `highlight` (André Simon's, Debian package "highlight") on the same HTML file, as
// a reference for a syntax highlighter's speed, when installed.
// Run offscreen: QT_QPA_PLATFORM=offscreen build-rel/tests/bench_highlighting [PROJECT]
#include "highlighting.h"
#include "theme.h"

#include <core/formats/exporter.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/util/appinit.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <cstdio>

using namespace Crosscheck;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Core::ensureResources();
    Ui::Highlighting &h = Ui::Highlighting::instance();
    std::printf("backend: %s\n", qPrintable(h.backend()));
    const QString themeName = h.defaultTheme(Qt::white);
    const Ui::Theme theme(themeName);

    // The reading lens over ~1 MB of news text.
    const Core::Importers importers;
    QString article;
    QByteArray html;
    for (const QString &file : Core::SampleProject::files()) {
        article += importers.importFile(file).text + u'\n';
        if (file.endsWith(QLatin1String(".html"))) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                html = f.readAll();
        }
    }
    QStringList names;
    for (int i = 0; i < 200; ++i)
        names << QStringLiteral("Entity Name %1").arg(i);
    names << QStringLiteral("Ingrid Solberg") << QStringLiteral("Baltic Meridian Shipping");
    // A short article (5 KB), a long one (20 KB) and a rare 1 MB source.
    for (const int size : {5000, 20000, 1000000}) {
        QString text;
        while (text.size() < size)
            text += article;
        text.truncate(size);
        QTextDocument doc(text);
        QElapsedTimer t;
        t.start();
        QSyntaxHighlighter *lens = h.createLens(&doc, names, themeName, theme.contrastFloor());
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::printf("reading lens: %.0f KB text, %d blocks, %d names: %.1f ms (%.1f MB/s)\n",
                    double(text.size()) / 1e3, doc.blockCount(), int(names.size()), ms,
                    double(text.size()) / 1e6 / (ms / 1000));
        t.restart();
        h.updateLens(lens, names.mid(0, 100));
        std::printf("reading lens, %.0f KB, registry changed (definition rebuilt, re-highlight): "
                    "%.1f ms\n",
                    double(text.size()) / 1e3, double(t.nsecsElapsed()) / 1e6);
    }

    // The markup view over HTML of 1 MB and 4 MB.
    QTemporaryDir dir;
    for (const int mb : {1, 4}) {
        QByteArray big;
        while (big.size() < mb * 1000000)
            big += html;
        const QString path = dir.filePath(QStringLiteral("big-%1.html").arg(mb));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(big) != big.size())
            return 1;
        out.close();
        QTextDocument doc(QString::fromUtf8(big));
        QElapsedTimer t;
        t.start();
        QSyntaxHighlighter *markup =
            h.createHighlighter(&doc, QStringLiteral("HTML"), themeName, theme.contrastFloor());
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::printf("markup view (%s): %d MB HTML, %d lines: %.0f ms\n",
                    qPrintable(Ui::Highlighting::definitionName(markup)), mb, doc.blockCount(), ms);
        const QString peer = QStandardPaths::findExecutable(QStringLiteral("highlight"));
        if (!peer.isEmpty()) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            t.restart();
            p.start(peer, {QStringLiteral("-O"), QStringLiteral("ansi"), path});
            p.waitForFinished(-1);
            std::printf("  peer: highlight -O ansi, same file: %.0f ms\n",
                        double(t.nsecsElapsed()) / 1e6);
        }
    }

    // Themes.
    {
        QElapsedTimer t;
        t.start();
        for (const QString &name : h.themeNames())
            Ui::Theme{name};
        std::printf("themes: %d built in %.1f ms\n", int(h.themeNames().size()),
                    double(t.nsecsElapsed()) / 1e6);
    }

    // Export previews.
    std::unique_ptr<Core::Project> project;
    QString label;
    if (argc > 1) {
        Core::Storage::OpenStatus status;
        project = Core::Project::open(QString::fromLocal8Bit(argv[1]), true, &status);
        label = QString::fromLocal8Bit(argv[1]);
    } else {
        Core::Storage::OpenStatus status;
        project =
            Core::SampleProject::create(dir.filePath(QStringLiteral("s.crosscheck")), &status);
        label = QStringLiteral("the sample");
    }
    if (!project) {
        std::fprintf(stderr, "cannot open the project\n");
        return 1;
    }
    std::printf("export preview on %s (%d sources, %d mentions, %d links):\n", qPrintable(label),
                project->sourceCount(), int(project->mentions().size()),
                int(project->links().size()));
    for (const QString &name : Core::Formats::formatNames()) {
        const auto format = *Core::Formats::formatFromName(name);
        QElapsedTimer t;
        t.start();
        const Core::Formats::Preview p = Core::Formats::preview(*project, format);
        std::printf("  %-5s %6.0f ms  %s, %d lines\n", qPrintable(name),
                    double(t.nsecsElapsed()) / 1e6,
                    p.fileName.isEmpty() ? "(no text preview)" : qPrintable(p.fileName), p.lines);
    }
    return 0;
}
