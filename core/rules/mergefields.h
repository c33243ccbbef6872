#pragma once

#include "core/domain/record.h"
#include "core/rules/ruleerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parley {

// Merge fields (R4.2, R5.1, R6.1) are written "$[Module.Field]", e.g. "Hi $[Leads.First Name]".
//
// Syntax: "$[", a module name (no '.'), '.', a field name (may hold spaces and further dots),
// "]". Neither name may be empty, and nothing between the brackets may be '[' or a line break.
// Anything else — "$[Leads]", "$[Leads.]", "$[.Email]", an unterminated "$[Leads.First" — is
// not a field and stays literal text. Names are taken exactly as written (case and spaces), so
// "$[leads.first name]" parses but is unknown. There is no escape: the syntax never occurs in
// ordinary prose.

// One occurrence in a text. Positions and lengths are in QString (UTF-16) units.
struct MergeField {
    QString module; // as written, e.g. "Leads"
    QString field;  // as written, e.g. "First Name"
    int position = 0;
    int length = 0;

    QString key() const { return module + QLatin1Char('.') + field; } // "Leads.First Name"
    QString written() const { return QStringLiteral("$[") + key() + QLatin1Char(']'); }
    bool operator==(const MergeField &other) const
    {
        return module == other.module && field == other.field && position == other.position &&
               length == other.length;
    }
};

// Every well-formed occurrence in order of appearance, repeats included.
QList<MergeField> parseMergeFields(const QString &text);

// Whether the module exists and lists the field in moduleFields().
bool isKnownMergeField(const QString &module, const QString &field);

enum class MergeFieldProblem {
    UnknownModule, // not one of Module's names
    UnknownField,  // the module has no such field
    NoRecord,      // known field, but no record of that module was given
    Empty,         // known field, the record has no value (missing, null or only whitespace)
};

struct MergeFieldIssue {
    MergeField field;
    MergeFieldProblem problem = MergeFieldProblem::Empty;
};

// The result of filling a text's fields. Issues come one per occurrence in text order, so the
// preview can mark each spot; errors() reports each distinct field once.
struct MergeResult {
    QString text;
    QList<MergeFieldIssue> issues;

    // UnknownModule, UnknownField and NoRecord: left in the text exactly as written.
    QList<MergeField> unknownFields() const;
    // Rendered as nothing, but reported, so nothing goes blank silently.
    QList<MergeField> emptyFields() const;
    bool complete() const { return issues.isEmpty(); }
    // "merge_field_unknown", "merge_field_no_record", "merge_field_empty"; args: field (as
    // written), module.
    RuleErrors errors() const;
};

// Fills each field from the record of its module. A text usually reads one record (a lead's
// quick reply), but a Deal's text may read its Contacts and Companies records too, so pass every
// record the conversation has; when two share a module the first wins. Values render with
// QVariant::toString(); a value is never scanned for fields again.
MergeResult renderMergeFields(const QString &text, const QList<Record> &records);
MergeResult renderMergeFields(const QString &text, const Record &record);

// R6.1: a template body keeps its fields as "$[Module.Field]"; Meta wants positional "{{n}}".
// Fields are numbered 1..n in order of appearance, one number per occurrence (a repeated field
// gets a new number, which keeps the numbering sequential as Meta requires).
struct MetaTemplateBody {
    QString text;           // "Hi {{1}}, your order ..."
    QStringList parameters; // parameters[i] is the "Module.Field" key of {{i + 1}}
};

MetaTemplateBody toMetaTemplateBody(const QString &body);

// The values to send for each {{n}} of `body`, in order. Meta refuses parameter text with line
// breaks, tabs or more than four spaces in a row, so values are whitespace-simplified. An
// unknown or empty field yields an empty value and an issue; Meta also refuses empty
// parameters, so a send with issues must be stopped or confirmed by the agent.
struct TemplateParameters {
    QStringList values;
    QList<MergeFieldIssue> issues;

    bool complete() const { return issues.isEmpty(); }
    RuleErrors errors() const; // as MergeResult::errors()
};

TemplateParameters templateParameterValues(const QString &body, const QList<Record> &records);
TemplateParameters templateParameterValues(const QString &body, const Record &record);

} // namespace parley
