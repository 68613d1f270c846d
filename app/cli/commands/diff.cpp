// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli diff FILE_A FILE_B: a word diff, coloured on a terminal, dwdiff-style
// [-deleted-]{+inserted+} markers otherwise.
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/analysis/overlapengine.h>
#include <core/analysis/worddiff.h>
#include <core/text/tokenizer.h>

#include <unistd.h>

namespace Crosscheck::Cli {

int runDiff(const Invocation &in)
{
    QString a;
    QString b;
    if (!readUtf8(in.args.at(0), &a) || !readUtf8(in.args.at(1), &b))
        return Failure;
    Core::Text::Tokenizer tokenizer(
        {Core::Analysis::OverlapEngine::languageOf(a, QString()), false});
    const auto diff = Core::Analysis::WordDiff::compute(a, {0, int32_t(a.size())}, b,
                                                        {0, int32_t(b.size())}, tokenizer);
    const bool colour = isatty(fileno(stdout));
    const auto wrap = [colour](const QString &text, const char *open, const char *close,
                               const char *ansi) -> QString {
        return colour ? QString::fromLatin1(ansi) + text + QStringLiteral("\x1b[0m")
                      : QString::fromLatin1(open) + text + QString::fromLatin1(close);
    };
    QString out;
    int32_t lastA = 0;
    int32_t lastB = 0;
    using Kind = Core::Analysis::DiffRun::Kind;
    for (const auto &r : diff.runs) {
        const QString gapA = a.mid(lastA, r.a.start - lastA);
        const QString gapB = b.mid(lastB, r.b.start - lastB);
        const QString ta = a.mid(r.a.start, r.a.length());
        const QString tb = b.mid(r.b.start, r.b.length());
        // After an insertion A has no gap left where B has one ("…spoke+} just"): B's then.
        const QString gap = gapA.isEmpty() ? gapB : gapA;
        const QString move =
            r.moveId >= 0 ? QStringLiteral("\u21c4%1").arg(r.moveId + 1) : QString();
        switch (r.kind) {
        case Kind::Equal:
            out += gap + ta;
            break;
        case Kind::Delete:
            out += gap + wrap(ta + move, "[-", "-]", r.moveId >= 0 ? "\x1b[36;9m" : "\x1b[31;9m");
            break;
        case Kind::Insert:
            out += (gapB.isEmpty() ? gapA : gapB) +
                   wrap(tb + move, "{+", "+}", r.moveId >= 0 ? "\x1b[36;4m" : "\x1b[32;4m");
            break;
        case Kind::Replace:
            out += gap + wrap(ta, "[-", "-]", "\x1b[31;9m") + wrap(tb, "{+", "+}", "\x1b[32;4m");
            break;
        }
        lastA = std::max(lastA, r.a.end);
        lastB = std::max(lastB, r.b.end);
    }
    out += a.mid(lastA);
    print(stdout, out + u'\n');
    print(stderr, CliText::tr("similarity %1, %2 moved block(s)\n")
                      .arg(diff.similarity, 0, 'f', 3)
                      .arg(diff.moves));
    return Success;
}

} // namespace Crosscheck::Cli
