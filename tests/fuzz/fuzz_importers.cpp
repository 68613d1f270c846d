// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer targets for everything Crosscheck reads from outside: one binary per format, chosen
// by CROSSCHECK_FUZZ_FORMAT at compile time (html, markdown, text, pdf, w3c, qdpx).
// Built by scripts/fuzz.sh with clang, -fsanitize=fuzzer,address,undefined.
#include <core/formats/qdpx/qdpx.h>
#include <core/formats/webannotation.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/util/appinit.h>

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Crosscheck::Core;

namespace {
QCoreApplication *app()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *a = [] {
        auto *created = new QCoreApplication(argc, argv);
        ensureResources();
        return created;
    }();
    return a;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    app();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if CROSSCHECK_FUZZ_FORMAT_html
    HtmlImporter().parse(bytes);
#elif CROSSCHECK_FUZZ_FORMAT_markdown
    MarkdownImporter().parse(bytes);
#elif CROSSCHECK_FUZZ_FORMAT_text
    PlainTextImporter().parse(bytes);
#elif CROSSCHECK_FUZZ_FORMAT_pdf
    PdfImporter().parse(bytes);
#elif CROSSCHECK_FUZZ_FORMAT_w3c || CROSSCHECK_FUZZ_FORMAT_qdpx
    static std::unique_ptr<Project> project = [] {
        auto p = Project::createInMemory();
        ImportedDocument d;
        d.text = QStringLiteral("Harbour master Ingrid Solberg said the booms held.");
        d.format = QStringLiteral("txt");
        Importers::finish(d);
        p->addDocuments({d});
        return p;
    }();
#if CROSSCHECK_FUZZ_FORMAT_w3c
    QString error;
    Formats::WebAnnotation::import(*project, bytes, &error);
#else
    auto fresh = Project::createInMemory();
    QString error;
    Formats::Qdpx::import(*fresh, bytes, nullptr, &error);
#endif
#endif
    return 0;
}
