// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nercorpus.h"

#include <QFile>
#include <QTextStream>

namespace Crosscheck::Core::Ner {

namespace {

int classNamed(QStringView s)
{
    for (int c = 0; c < kClasses; ++c)
        if (s == className(c))
            return c;
    return -1;
}

bool parseTag(QStringView tag, MiscLabels misc, uint8_t &out)
{
    if (tag == u"O") {
        out = O;
        return true;
    }
    if (tag.size() < 3 || tag.at(1) != u'-' || (tag.at(0) != u'B' && tag.at(0) != u'I'))
        return false;
    const int cls = classNamed(tag.mid(2));
    if (cls < 0)
        return false;
    if (cls == BMisc - 1 && misc != MiscLabels::Keep)
        out = O;
    else
        out = tag.at(0) == u'B' ? beginOf(cls) : insideOf(cls);
    return true;
}

} // namespace

QString className(int cls)
{
    static const char *names[] = {"PER", "ORG", "LOC", "MISC"};
    return cls >= 0 && cls < kClasses ? QString::fromLatin1(names[cls]) : QString();
}

std::vector<Sentence> LabelledDocument::plain() const
{
    std::vector<Sentence> out;
    out.reserve(sentences.size());
    for (const LabelledSentence &s : sentences)
        out.push_back(s.tokens);
    return out;
}

bool readCorpus(const QString &path, MiscLabels misc, std::vector<LabelledDocument> &out,
                QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    LabelledSentence current;
    int32_t offset = 0;
    int lineNo = 0;
    const auto finish = [&] {
        if (current.tokens.empty())
            return;
        if (out.empty())
            out.push_back({QStringLiteral("doc"), {}});
        out.back().sentences.push_back(std::move(current));
        current = {};
        offset = 0;
    };
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0) {
            if (line.startsWith(QLatin1String("# doc "))) {
                finish();
                out.push_back({line.mid(6).trimmed(), {}});
            } else if (line.trimmed().isEmpty()) {
                finish();
            }
            continue;
        }
        uint8_t tag = O;
        if (!parseTag(QStringView(line).mid(tab + 1).trimmed(), misc, tag)) {
            *error = QStringLiteral("%1:%2: not an IOB2 tag").arg(path).arg(lineNo);
            return false;
        }
        // IOB2 repair: an I- without its B- starts the name.
        if (tag >= IPer && (current.tags.empty() || classOf(current.tags.back()) != classOf(tag)))
            tag = beginOf(classOf(tag));
        const QString token = line.left(tab);
        current.tokens.push_back({offset, offset + int32_t(token.size()), token});
        offset += int32_t(token.size()) + 1;
        current.tags.push_back(tag);
    }
    finish();
    return true;
}

std::vector<TagMask> allowedTags(const LabelledSentence &s, MiscLabels misc)
{
    std::vector<TagMask> out;
    out.reserve(s.tags.size());
    for (uint8_t t : s.tags) {
        TagMask m = TagMask(1u << t);
        if (misc == MiscLabels::Unknown && t == O)
            m |= TagMask((1u << BMisc) | (1u << IMisc));
        out.push_back(m);
    }
    return out;
}

std::vector<Segment> segmentsOf(const std::vector<uint8_t> &tags)
{
    std::vector<Segment> out;
    for (size_t i = 0; i < tags.size();) {
        const int cls = classOf(tags[i]);
        if (cls < 0) {
            ++i;
            continue;
        }
        size_t j = i + 1;
        while (j < tags.size() && tags[j] == insideOf(cls))
            ++j;
        out.push_back({int(i), int(j), cls, 1});
        i = j;
    }
    return out;
}

void Evaluation::add(const std::vector<Segment> &gold, const std::vector<Segment> &predicted,
                     int ignored)
{
    const auto find = [](const std::vector<Segment> &in, const Segment &s, bool typed) {
        for (const Segment &o : in)
            if (o.from == s.from && o.to == s.to && (!typed || o.cls == s.cls))
                return true;
        return false;
    };
    std::vector<Segment> kept;
    for (const Segment &p : predicted)
        if (p.cls != ignored)
            kept.push_back(p);
    for (const Segment &p : kept) {
        const bool t = find(gold, p, true);
        (t ? typed.tp : typed.fp)++;
        (t ? perClass[p.cls].tp : perClass[p.cls].fp)++;
        (find(gold, p, false) ? span.tp : span.fp)++;
    }
    for (const Segment &g : gold) {
        if (!find(kept, g, true)) {
            typed.fn++;
            perClass[g.cls].fn++;
        }
        if (!find(kept, g, false))
            span.fn++;
    }
}

} // namespace Crosscheck::Core::Ner
