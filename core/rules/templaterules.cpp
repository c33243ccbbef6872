#include "core/rules/templaterules.h"

#include "core/rules/mergefields.h"
#include "core/rules/rulemessages.h"
#include "core/rules/templatecomponentrules.h"

#include <QSet>
#include <QtGlobal>

#include <algorithm>

namespace parley {
namespace {

const RuleMessage templateMessages[] = {
    {"template_name_missing", QT_TRANSLATE_NOOP("RuleError", "Give the template a name.")},
    {"template_name_too_long",
     QT_TRANSLATE_NOOP(
         "RuleError", "The template name has {length} characters; WhatsApp allows at most {max}.")},
    {"template_name_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "The template name may only contain lowercase letters a-z, digits and "
                       "underscores: no capitals, spaces or hyphens.")},
    {"template_language_missing",
     QT_TRANSLATE_NOOP("RuleError", "Choose the template's language.")},
    {"template_category_invalid",
     QT_TRANSLATE_NOOP("RuleError", "The category must be Marketing or Utility.")},
    {"template_body_missing", QT_TRANSLATE_NOOP("RuleError", "The template body is empty.")},
    {"template_body_braces",
     QT_TRANSLATE_NOOP("RuleError",
                       "The body may not contain double braces; insert fields with # instead.")},
    {"template_body_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The body has {length} characters; the limit is {max}.")},
    {"template_too_many_fields",
     QT_TRANSLATE_NOOP("RuleError", "The body has {count} merge fields; the limit is {max}.")},
    {"template_field_unknown",
     QT_TRANSLATE_NOOP("RuleError",
                       "{field} is not a field of {module}; insert fields with # to pick one.")},
    {"template_fields_adjacent",
     QT_TRANSLATE_NOOP("RuleError",
                       "{first} and {second} have no text between them, which WhatsApp rejects. "
                       "Add some words between them.")},
    {"template_field_at_edge",
     QT_TRANSLATE_NOOP("RuleError",
                       "The body starts or ends with {field}, which WhatsApp rejects. Add some "
                       "words before or after it.")},
    {"template_limit_reached",
     QT_TRANSLATE_NOOP("RuleError",
                       "The account already has {count} templates (pending, approved or "
                       "rejected); the limit is {max}. Delete one before submitting another.")},
    {"template_locked_pending",
     QT_TRANSLATE_NOOP("RuleError",
                       "This template is in review with WhatsApp and cannot be edited until the "
                       "review ends.")},
    {"template_locked_approved",
     QT_TRANSLATE_NOOP("RuleError",
                       "This template is approved and can no longer be edited; create a new one "
                       "instead.")},
    {"template_not_approved",
     QT_TRANSLATE_NOOP("RuleError",
                       "The template {name} is not approved by WhatsApp, so it cannot be sent.")},
};

bool isValidNameCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// See the header: letters or digits separate fields; spaces and punctuation do not.
bool hasWords(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

void checkName(const QString &name, RuleErrors *errors)
{
    if (name.trimmed().isEmpty()) {
        errors->append(ruleError("template_name_missing"));
        return;
    }
    if (name.size() > templateNameMaxLength) {
        errors->append(
            ruleError("template_name_too_long", {{QStringLiteral("length"), int(name.size())},
                                                 {QStringLiteral("max"), templateNameMaxLength}}));
    }
    if (!std::all_of(name.cbegin(), name.cend(), isValidNameCharacter))
        errors->append(ruleError("template_name_invalid"));
}

void checkFieldPlacement(const QString &body, const QList<MergeField> &fields, RuleErrors *errors)
{
    for (int i = 1; i < fields.size(); ++i) {
        const MergeField &first = fields.at(i - 1);
        const MergeField &second = fields.at(i);
        const int gapStart = first.position + first.length;
        if (!hasWords(QStringView(body).mid(gapStart, second.position - gapStart))) {
            errors->append(ruleError("template_fields_adjacent",
                                     {{QStringLiteral("first"), first.written()},
                                      {QStringLiteral("second"), second.written()}}));
        }
    }
    const MergeField &firstField = fields.first();
    if (!hasWords(QStringView(body).left(firstField.position))) {
        errors->append(ruleError("template_field_at_edge",
                                 {{QStringLiteral("field"), firstField.written()},
                                  {QStringLiteral("edge"), QStringLiteral("start")}}));
    }
    const MergeField &lastField = fields.last();
    if (!hasWords(QStringView(body).mid(lastField.position + lastField.length))) {
        errors->append(
            ruleError("template_field_at_edge", {{QStringLiteral("field"), lastField.written()},
                                                 {QStringLiteral("edge"), QStringLiteral("end")}}));
    }
}

void checkBody(const QString &body, Module module, RuleErrors *errors)
{
    if (body.trimmed().isEmpty()) {
        errors->append(ruleError("template_body_missing"));
        return;
    }
    // Typed braces would be read by Meta as parameters and break the {{n}} numbering.
    if (body.contains(QLatin1String("{{")) || body.contains(QLatin1String("}}")))
        errors->append(ruleError("template_body_braces"));
    const int length = templateBodyLength(body);
    if (length > templateBodyMaxLength) {
        errors->append(
            ruleError("template_body_too_long", {{QStringLiteral("length"), length},
                                                 {QStringLiteral("max"), templateBodyMaxLength}}));
    }
    const QList<MergeField> fields = parseMergeFields(body);
    if (fields.size() > templateMaxMergeFields) {
        errors->append(ruleError("template_too_many_fields",
                                 {{QStringLiteral("count"), int(fields.size())},
                                  {QStringLiteral("max"), templateMaxMergeFields}}));
    }
    // Sends fill fields from one record of the template's module (R6.5), so only its fields.
    const QString moduleText = moduleName(module);
    QSet<QString> reported;
    for (const MergeField &field : fields) {
        const bool known =
            field.module == moduleText && isKnownMergeField(field.module, field.field);
        if (known || reported.contains(field.key()))
            continue;
        reported.insert(field.key());
        errors->append(
            ruleError("template_field_unknown", {{QStringLiteral("field"), field.written()},
                                                 {QStringLiteral("module"), moduleText}}));
    }
    if (!fields.isEmpty())
        checkFieldPlacement(body, fields, errors);
}

} // namespace

RuleMessageTable templateRuleMessages()
{
    return ruleMessageTable(templateMessages);
}

int codePointCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

int templateBodyLength(const QString &body)
{
    return codePointCount(toMetaTemplateBody(body).text);
}

RuleErrors validateTemplate(const MessageTemplate &messageTemplate)
{
    RuleErrors errors;
    checkName(messageTemplate.name, &errors);
    if (messageTemplate.language.trimmed().isEmpty())
        errors.append(ruleError("template_language_missing"));
    if (messageTemplate.category != TemplateCategory::Marketing &&
        messageTemplate.category != TemplateCategory::Utility)
        errors.append(ruleError("template_category_invalid"));
    checkBody(messageTemplate.body, messageTemplate.module, &errors);
    errors += validateTemplateComponents(messageTemplate);
    return errors;
}

RuleErrors checkTemplateCategoryName(const QString &name)
{
    TemplateCategory category = TemplateCategory::Utility;
    if (templateCategoryFromName(name, &category))
        return {};
    return {ruleError("template_category_invalid", {{QStringLiteral("category"), name}})};
}

bool countsTowardTemplateLimit(TemplateStatus status)
{
    return status != TemplateStatus::Draft;
}

int countTemplatesTowardLimit(const QList<MessageTemplate> &templates)
{
    return int(std::count_if(templates.cbegin(), templates.cend(), [](const MessageTemplate &t) {
        return countsTowardTemplateLimit(t.status);
    }));
}

RuleErrors checkTemplateLimit(int countedTemplates)
{
    if (countedTemplates < templatesPerAccountMax)
        return {};
    return {ruleError("template_limit_reached", {{QStringLiteral("count"), countedTemplates},
                                                 {QStringLiteral("max"), templatesPerAccountMax}})};
}

RuleErrors checkTemplateEditable(TemplateStatus status)
{
    switch (status) {
    case TemplateStatus::Pending:
        return {ruleError("template_locked_pending")};
    case TemplateStatus::Approved:
        return {ruleError("template_locked_approved")};
    case TemplateStatus::Draft:
    case TemplateStatus::Rejected:
        break;
    }
    return {};
}

RuleErrors checkTemplateSubmission(const MessageTemplate &messageTemplate, int countedTemplates)
{
    RuleErrors errors = checkTemplateEditable(messageTemplate.status);
    errors += validateTemplate(messageTemplate);
    if (!countsTowardTemplateLimit(messageTemplate.status))
        errors += checkTemplateLimit(countedTemplates);
    return errors;
}

RuleErrors checkTemplateSendable(const MessageTemplate &messageTemplate)
{
    if (messageTemplate.status == TemplateStatus::Approved)
        return {};
    return {ruleError("template_not_approved",
                      {{QStringLiteral("name"), messageTemplate.name},
                       {QStringLiteral("status"), templateStatusName(messageTemplate.status)}})};
}

} // namespace parley
