#include "core/rules/templatecomponentrules.h"

#include "core/rules/ruleerror.h"
#include "core/rules/rulemessages.h"
#include "core/rules/templateexamples.h"
#include "core/rules/templaterules.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace parley {
namespace {

const RuleMessage componentMessages[] = {
    {"template_header_text_empty",
     QT_TRANSLATE_NOOP("RuleError", "Write the header text, or choose no header.")},
    {"template_header_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The header has {length} characters; the limit is {max}.")},
    {"template_header_variables",
     QT_TRANSLATE_NOOP("RuleError",
                       "A header may hold one variable, written {{1}}, and nothing else in "
                       "double braces.")},
    {"template_header_example_needed",
     QT_TRANSLATE_NOOP("RuleError",
                       "Give a sample value for the header's {{1}}; WhatsApp's review needs it.")},
    {"template_header_media_needed",
     QT_TRANSLATE_NOOP("RuleError",
                       "Upload a sample image, video or document for the header; WhatsApp's "
                       "review needs it.")},
    {"template_footer_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The footer has {length} characters; the limit is {max}.")},
    {"template_footer_variables",
     QT_TRANSLATE_NOOP("RuleError", "The footer is fixed text: it cannot hold variables.")},
    {"template_too_many_buttons",
     QT_TRANSLATE_NOOP("RuleError", "The template has {count} buttons; the limit is {max}.")},
    {"template_too_many_quick_replies",
     QT_TRANSLATE_NOOP("RuleError",
                       "The template has {count} quick reply buttons; the limit is {max}.")},
    {"template_too_many_url_buttons",
     QT_TRANSLATE_NOOP("RuleError", "The template has {count} link buttons; the limit is {max}.")},
    {"template_too_many_phone_buttons",
     QT_TRANSLATE_NOOP("RuleError", "The template has {count} call buttons; the limit is {max}.")},
    {"template_quick_replies_split",
     QT_TRANSLATE_NOOP("RuleError",
                       "Quick reply buttons must be next to each other, before or after the "
                       "link and call buttons.")},
    {"template_button_label_empty",
     QT_TRANSLATE_NOOP("RuleError", "Button {number} has no label.")},
    {"template_button_text_too_long",
     QT_TRANSLATE_NOOP("RuleError",
                       "The label of button {number} has {length} characters; the limit is "
                       "{max}.")},
    {"template_button_url_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "Button {number} needs a web address starting with https:// or http://; "
                       "it may end in {{1}} and hold no other variable.")},
    {"template_button_example_needed",
     QT_TRANSLATE_NOOP("RuleError",
                       "Give a sample ending for the address of button {number}; WhatsApp's "
                       "review needs it.")},
    {"template_button_phone_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "Button {number} needs a phone number with its country code, like "
                       "+5511987650001 (at most {max} characters).")},
    {"template_header_value_missing",
     QT_TRANSLATE_NOOP("RuleError", "Give the value of the template's header.")},
    {"template_header_value_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "The header value must be one line of at most {max} characters.")},
    {"template_header_link_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "The header needs a link to the file, starting with https://.")},
    {"template_url_value_missing",
     QT_TRANSLATE_NOOP("RuleError",
                       "Give the ending of the address of the template's link button {number}.")},
    {"template_values_unexpected",
     QT_TRANSLATE_NOOP("RuleError", "This template has no header or link values to fill.")},
};

QVariantMap lengthArgs(int length, int max)
{
    return {{QStringLiteral("length"), length}, {QStringLiteral("max"), max}};
}

bool hasBraces(const QString &text)
{
    return text.contains(QLatin1String("{{")) || text.contains(QLatin1String("}}"));
}

bool isOneLine(const QString &text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

bool isWebAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !address.contains(QLatin1Char(' '));
}

void checkHeader(const TemplateHeader &header, RuleErrors *errors)
{
    if (header.format == TemplateHeaderFormat::None)
        return;
    if (isMediaHeader(header.format)) {
        const QString handle = header.example.trimmed();
        if (handle.isEmpty() || handle.size() > templateMediaHandleMaxLength ||
            handle.contains(QLatin1Char(' ')) || !isOneLine(handle))
            errors->append(ruleError("template_header_media_needed"));
        return;
    }
    if (header.text.trimmed().isEmpty()) {
        errors->append(ruleError("template_header_text_empty"));
        return;
    }
    const int length = codePointCount(header.text);
    if (length > templateHeaderTextMaxLength)
        errors->append(
            ruleError("template_header_too_long", lengthArgs(length, templateHeaderTextMaxLength)));
    const int variables = int(header.text.count(templateSuffixVariable()));
    QString rest = header.text;
    rest.remove(templateSuffixVariable());
    if (variables > 1 || hasBraces(rest) || !isOneLine(header.text)) {
        errors->append(ruleError("template_header_variables"));
        return;
    }
    if (variables == 1) {
        const QString example = header.example.trimmed();
        if (example.isEmpty() || example.size() > maxTemplateExampleLength)
            errors->append(ruleError("template_header_example_needed"));
    }
}

void checkFooter(const QString &footer, RuleErrors *errors)
{
    const int length = codePointCount(footer);
    if (length > templateFooterMaxLength)
        errors->append(
            ruleError("template_footer_too_long", lengthArgs(length, templateFooterMaxLength)));
    if (hasBraces(footer))
        errors->append(ruleError("template_footer_variables"));
}

void tooMany(const char *code, int count, int max, RuleErrors *errors)
{
    if (count > max)
        errors->append(
            ruleError(code, {{QStringLiteral("count"), count}, {QStringLiteral("max"), max}}));
}

bool isPhoneNumber(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,18}$"));
    return number.size() <= templatePhoneNumberMaxLength && pattern.match(number).hasMatch();
}

void checkButton(const TemplateButton &button, int number, RuleErrors *errors)
{
    const QVariantMap which{{QStringLiteral("number"), number}};
    const int length = codePointCount(button.text);
    if (button.text.trimmed().isEmpty()) {
        errors->append(ruleError("template_button_label_empty", which));
    } else if (length > templateButtonTextMaxLength || !isOneLine(button.text)) {
        QVariantMap args = lengthArgs(length, templateButtonTextMaxLength);
        args.insert(which);
        errors->append(ruleError("template_button_text_too_long", args));
    }
    switch (button.type) {
    case TemplateButtonType::QuickReply:
        break;
    case TemplateButtonType::Url: {
        QString address = button.value;
        const bool variable = urlButtonHasVariable(button);
        if (variable)
            address.chop(templateSuffixVariable().size());
        if (address.size() > templateButtonUrlMaxLength || hasBraces(address) ||
            !isWebAddress(address)) {
            errors->append(ruleError("template_button_url_invalid", which));
        } else if (variable) {
            const QString example = button.example.trimmed();
            if (example.isEmpty() || example.size() > maxTemplateExampleLength ||
                example.contains(QLatin1Char(' ')))
                errors->append(ruleError("template_button_example_needed", which));
        }
        break;
    }
    case TemplateButtonType::PhoneNumber:
        if (!isPhoneNumber(button.value)) {
            QVariantMap args = which;
            args.insert(QStringLiteral("max"), templatePhoneNumberMaxLength);
            errors->append(ruleError("template_button_phone_invalid", args));
        }
        break;
    }
}

void checkButtons(const QList<TemplateButton> &buttons, RuleErrors *errors)
{
    int quickReplies = 0;
    int urls = 0;
    int phones = 0;
    // Quick replies form one run: once a run of them has ended, another one is a split.
    int runs = 0;
    bool inRun = false;
    for (const TemplateButton &button : buttons) {
        const bool quick = button.type == TemplateButtonType::QuickReply;
        quickReplies += quick ? 1 : 0;
        urls += button.type == TemplateButtonType::Url ? 1 : 0;
        phones += button.type == TemplateButtonType::PhoneNumber ? 1 : 0;
        if (quick && !inRun)
            ++runs;
        inRun = quick;
    }
    tooMany("template_too_many_buttons", int(buttons.size()), templateButtonsMax, errors);
    tooMany("template_too_many_quick_replies", quickReplies, templateQuickRepliesMax, errors);
    tooMany("template_too_many_url_buttons", urls, templateUrlButtonsMax, errors);
    tooMany("template_too_many_phone_buttons", phones, templatePhoneButtonsMax, errors);
    if (runs > 1)
        errors->append(ruleError("template_quick_replies_split"));
    for (int i = 0; i < buttons.size(); ++i)
        checkButton(buttons.at(i), i + 1, errors);
}

} // namespace

RuleMessageTable templateComponentRuleMessages()
{
    return ruleMessageTable(componentMessages);
}

bool headerHasVariable(const TemplateHeader &header)
{
    return header.format == TemplateHeaderFormat::Text &&
           header.text.contains(templateSuffixVariable());
}

bool urlButtonHasVariable(const TemplateButton &button)
{
    return button.type == TemplateButtonType::Url &&
           button.value.endsWith(templateSuffixVariable());
}

int urlVariableCount(const MessageTemplate &messageTemplate)
{
    return int(std::count_if(messageTemplate.buttons.cbegin(), messageTemplate.buttons.cend(),
                             urlButtonHasVariable));
}

RuleErrors validateTemplateComponents(const MessageTemplate &messageTemplate)
{
    RuleErrors errors;
    checkHeader(messageTemplate.header, &errors);
    checkFooter(messageTemplate.footer, &errors);
    checkButtons(messageTemplate.buttons, &errors);
    return errors;
}

RuleErrors checkTemplateSendValues(const MessageTemplate &messageTemplate,
                                   const TemplateSendValues &values)
{
    RuleErrors errors;
    const TemplateHeader &header = messageTemplate.header;
    const bool wantsHeader = headerHasVariable(header) || isMediaHeader(header.format);
    const int wantedSuffixes = urlVariableCount(messageTemplate);
    if ((!wantsHeader && !values.header.isEmpty()) || values.urlSuffixes.size() > wantedSuffixes)
        errors.append(ruleError("template_values_unexpected"));
    if (wantsHeader) {
        const QString value = values.header.trimmed();
        if (value.isEmpty()) {
            errors.append(ruleError("template_header_value_missing"));
        } else if (isMediaHeader(header.format)) {
            const QUrl link(value, QUrl::StrictMode);
            if (!link.isValid() || link.scheme() != QLatin1String("https") ||
                link.host().isEmpty() || value.size() > templateButtonUrlMaxLength)
                errors.append(ruleError("template_header_link_invalid"));
        } else if (codePointCount(value) > templateHeaderTextMaxLength || !isOneLine(value)) {
            errors.append(ruleError("template_header_value_invalid",
                                    {{QStringLiteral("max"), templateHeaderTextMaxLength}}));
        }
    }
    for (int i = 0; i < wantedSuffixes; ++i) {
        const QString suffix = values.urlSuffixes.value(i).trimmed();
        if (suffix.isEmpty() || suffix.size() > templateButtonUrlMaxLength ||
            suffix.contains(QLatin1Char(' ')) || !isOneLine(suffix))
            errors.append(
                ruleError("template_url_value_missing", {{QStringLiteral("number"), i + 1}}));
    }
    return errors;
}

} // namespace parley
