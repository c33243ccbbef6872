#include "ui/texts/mergepreview.h"

#include <QCoreApplication>
#include <QSet>

namespace parley::ui {
namespace {

// The translation context of the preview's words (a free function has no tr() of its own).
struct MergePreviewText {
    Q_DECLARE_TR_FUNCTIONS(MergePreview)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Fixed dark text on light tints, so the marks read on light and dark palettes alike.
QString marked(const QString &text, const char *background, bool italic = false)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#1b1b1b;%2\">%3</span>")
        .arg(QLatin1String(background), italic ? QStringLiteral(" font-style:italic;") : QString(),
             escaped(text));
}

const MergeFieldIssue *issueAt(const QList<MergeFieldIssue> &issues, int position)
{
    for (const MergeFieldIssue &issue : issues) {
        if (issue.field.position == position)
            return &issue;
    }
    return nullptr;
}

QString issueLine(const MergeFieldIssue &issue)
{
    switch (issue.problem) {
    case MergeFieldProblem::UnknownModule:
    case MergeFieldProblem::UnknownField:
        return MergePreviewText::tr("Unknown field: %1").arg(issue.field.written());
    case MergeFieldProblem::NoRecord:
        return MergePreviewText::tr("No %1 record for this conversation: %2")
            .arg(issue.field.module, issue.field.written());
    case MergeFieldProblem::Empty:
        break;
    }
    return MergePreviewText::tr("No value: %1").arg(issue.field.written());
}

} // namespace

MergePreview previewMergeFields(const QString &body, const QList<Record> &records)
{
    MergePreview preview;
    preview.result = renderMergeFields(body, records);
    int copied = 0;
    for (const MergeField &field : parseMergeFields(body)) {
        preview.html += escaped(body.mid(copied, field.position - copied));
        copied = field.position + field.length;
        const MergeFieldIssue *issue = issueAt(preview.result.issues, field.position);
        if (!issue) // rendered alone, the field is exactly the value the text receives
            preview.html += marked(renderMergeFields(field.written(), records).text, "#dcecfb");
        else if (issue->problem == MergeFieldProblem::Empty)
            preview.html +=
                marked(MergePreviewText::tr("(no %1)").arg(field.field), "#ffe9a8", true);
        else
            preview.html += marked(field.written(), "#ffc9c9");
    }
    preview.html += escaped(body.mid(copied));

    QSet<QString> listed;
    for (const MergeFieldIssue &issue : std::as_const(preview.result.issues)) {
        const QString line = issueLine(issue);
        if (!listed.contains(line)) {
            listed.insert(line);
            preview.issues.append(line);
        }
    }
    return preview;
}

} // namespace parley::ui
