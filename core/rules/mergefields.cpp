#include "core/rules/mergefields.h"

#include "core/rules/rulemessages.h"

#include <QSet>
#include <QtGlobal>

#include <optional>

namespace parley {
namespace {

const RuleMessage mergeFieldMessages[] = {
    {"merge_field_unknown",
     QT_TRANSLATE_NOOP("RuleError",
                       "{field} is not a known field, so it cannot be filled. Check the module "
                       "and field name.")},
    {"merge_field_no_record",
     QT_TRANSLATE_NOOP("RuleError",
                       "{field} cannot be filled: this conversation has no {module} record.")},
    {"merge_field_empty", QT_TRANSLATE_NOOP("RuleError", "{field} has no value on this record.")},
};

bool endsTheField(QChar c)
{
    return c == QLatin1Char('[') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// The occurrence starting at `start` ("$[" already seen), if it is well formed.
std::optional<MergeField> fieldAt(const QString &text, int start)
{
    const int nameStart = start + 2;
    int dot = -1;
    for (int i = nameStart; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(']')) {
            if (dot <= nameStart || dot + 1 >= i)
                return std::nullopt; // no '.', or an empty module or field name
            return MergeField{text.mid(nameStart, dot - nameStart), text.mid(dot + 1, i - dot - 1),
                              start, i + 1 - start};
        }
        if (endsTheField(c))
            return std::nullopt;
        if (c == QLatin1Char('.') && dot < 0)
            dot = i;
    }
    return std::nullopt; // unterminated
}

const Record *recordOf(Module module, const QList<Record> &records)
{
    for (const Record &record : records) {
        if (record.module == module)
            return &record;
    }
    return nullptr;
}

// The field's value, or the problem that keeps it from having one.
std::optional<MergeFieldProblem> lookUp(const MergeField &field, const QList<Record> &records,
                                        QString *value)
{
    Module module = Module::Leads;
    if (!moduleFromName(field.module, &module))
        return MergeFieldProblem::UnknownModule;
    if (!moduleFields(module).contains(field.field))
        return MergeFieldProblem::UnknownField;
    const Record *record = recordOf(module, records);
    if (!record)
        return MergeFieldProblem::NoRecord;
    *value = record->field(field.field);
    if (value->trimmed().isEmpty()) {
        value->clear();
        return MergeFieldProblem::Empty;
    }
    return std::nullopt;
}

QList<MergeField> fieldsWith(const QList<MergeFieldIssue> &issues, bool empty)
{
    QList<MergeField> fields;
    for (const MergeFieldIssue &issue : issues) {
        if ((issue.problem == MergeFieldProblem::Empty) == empty)
            fields.append(issue.field);
    }
    return fields;
}

QString errorCode(MergeFieldProblem problem)
{
    switch (problem) {
    case MergeFieldProblem::UnknownModule:
    case MergeFieldProblem::UnknownField:
        return QStringLiteral("merge_field_unknown");
    case MergeFieldProblem::NoRecord:
        return QStringLiteral("merge_field_no_record");
    case MergeFieldProblem::Empty:
        break;
    }
    return QStringLiteral("merge_field_empty");
}

RuleErrors errorsOf(const QList<MergeFieldIssue> &issues)
{
    RuleErrors errors;
    QSet<QString> reported;
    for (const MergeFieldIssue &issue : issues) {
        if (reported.contains(issue.field.key()))
            continue;
        reported.insert(issue.field.key());
        errors.append(RuleError{errorCode(issue.problem),
                                {{QStringLiteral("field"), issue.field.written()},
                                 {QStringLiteral("module"), issue.field.module}}});
    }
    return errors;
}

} // namespace

RuleMessageTable mergeFieldRuleMessages()
{
    return ruleMessageTable(mergeFieldMessages);
}

QList<MergeField> parseMergeFields(const QString &text)
{
    QList<MergeField> fields;
    int from = 0;
    while (true) {
        const int start = text.indexOf(QLatin1String("$["), from);
        if (start < 0)
            break;
        const std::optional<MergeField> field = fieldAt(text, start);
        if (field) {
            fields.append(*field);
            from = start + field->length;
        } else {
            from = start + 1;
        }
    }
    return fields;
}

bool isKnownMergeField(const QString &module, const QString &field)
{
    Module known = Module::Leads;
    return moduleFromName(module, &known) && moduleFields(known).contains(field);
}

QList<MergeField> MergeResult::unknownFields() const
{
    return fieldsWith(issues, false);
}

QList<MergeField> MergeResult::emptyFields() const
{
    return fieldsWith(issues, true);
}

RuleErrors MergeResult::errors() const
{
    return errorsOf(issues);
}

MergeResult renderMergeFields(const QString &text, const QList<Record> &records)
{
    MergeResult result;
    int copied = 0;
    for (const MergeField &field : parseMergeFields(text)) {
        result.text += QStringView(text).mid(copied, field.position - copied);
        copied = field.position + field.length;
        QString value;
        const std::optional<MergeFieldProblem> problem = lookUp(field, records, &value);
        if (problem)
            result.issues.append(MergeFieldIssue{field, *problem});
        // Unknown fields stay visible as written so that nobody sends "Hi , ..." unawares.
        const bool unknown = problem && *problem != MergeFieldProblem::Empty;
        result.text += unknown ? field.written() : value;
    }
    result.text += QStringView(text).mid(copied);
    return result;
}

MergeResult renderMergeFields(const QString &text, const Record &record)
{
    return renderMergeFields(text, QList<Record>{record});
}

MetaTemplateBody toMetaTemplateBody(const QString &body)
{
    MetaTemplateBody meta;
    int copied = 0;
    for (const MergeField &field : parseMergeFields(body)) {
        meta.text += QStringView(body).mid(copied, field.position - copied);
        copied = field.position + field.length;
        meta.parameters.append(field.key());
        meta.text += QStringLiteral("{{%1}}").arg(meta.parameters.size());
    }
    meta.text += QStringView(body).mid(copied);
    return meta;
}

RuleErrors TemplateParameters::errors() const
{
    return errorsOf(issues);
}

TemplateParameters templateParameterValues(const QString &body, const QList<Record> &records)
{
    TemplateParameters parameters;
    for (const MergeField &field : parseMergeFields(body)) {
        QString value;
        const std::optional<MergeFieldProblem> problem = lookUp(field, records, &value);
        if (problem) {
            parameters.issues.append(MergeFieldIssue{field, *problem});
            value.clear();
        }
        parameters.values.append(value.simplified());
    }
    return parameters;
}

TemplateParameters templateParameterValues(const QString &body, const Record &record)
{
    return templateParameterValues(body, QList<Record>{record});
}

} // namespace parley
