#include "core/rules/channelrules.h"

#include "core/rules/rulemessages.h"

namespace parley {
namespace {

const RuleMessage channelMessages[] = {
    {"channel_name_required", QT_TRANSLATE_NOOP("RuleError", "Give the channel a name.")},
    {"channel_department_required",
     QT_TRANSLATE_NOOP("RuleError", "Choose the department that receives this channel's chats.")},
    {"channel_icon_type",
     QT_TRANSLATE_NOOP("RuleError",
                       "{file} cannot be the channel icon: use a .jpg, .jpeg or .png image.")},
    {"channel_icon_empty",
     QT_TRANSLATE_NOOP("RuleError", "{file} is empty and cannot be the channel icon.")},
    {"channel_icon_too_large",
     QT_TRANSLATE_NOOP("RuleError",
                       "{file} is too large for the channel icon: at most {maxMb} MB is allowed.")},
    {"channel_number_required",
     QT_TRANSLATE_NOOP("RuleError", "Enter the channel's WhatsApp phone number.")},
    {"channel_number_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "{number} is not a valid phone number: enter it with its "
                       "country code, 8 to 15 digits, for example +55 11 91234 5678.")},
    {"channel_limit_departments",
     QT_TRANSLATE_NOOP("RuleError",
                       "There are already {channels} channels for {departments} departments; a "
                       "channel needs a department of its own. Add a department first.")},
    {"channel_number_in_use",
     QT_TRANSLATE_NOOP(
         "RuleError", "The number {number} is already connected as channel \"{channel}\". A number "
                      "can be connected only once, and moving a number from another channel or "
                      "product is not supported.")},
    {"channel_waba_id_required",
     QT_TRANSLATE_NOOP("RuleError", "Enter the WhatsApp Business Account (WABA) id.")},
    {"channel_waba_id_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "The WhatsApp Business Account id is a number, as shown in Meta's "
                       "WhatsApp Manager.")},
    {"channel_phone_number_id_required",
     QT_TRANSLATE_NOOP("RuleError", "Enter the phone number id from Meta's API setup page.")},
    {"channel_phone_number_id_invalid",
     QT_TRANSLATE_NOOP("RuleError", "The phone number id is a number, as shown on Meta's API "
                                    "setup page (it is not the phone number itself).")},
    {"channel_access_token_required",
     QT_TRANSLATE_NOOP("RuleError", "Enter the Graph API access token.")},
    {"channel_app_secret_required",
     QT_TRANSLATE_NOOP("RuleError",
                       "Enter the Meta app secret; it is needed to verify incoming webhooks.")},
    {"channel_verify_token_required",
     QT_TRANSLATE_NOOP("RuleError", "Enter a webhook verify token; Meta sends it back when the "
                                    "webhook is registered.")},
};

RuleError error(const char *code, QVariantMap args = {})
{
    return {QString::fromLatin1(code), args};
}

bool isAllDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void requireNumericId(const QString &value, const char *requiredCode, const char *invalidCode,
                      RuleErrors *errors)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        *errors << error(requiredCode);
    else if (!isAllDigits(trimmed))
        *errors << error(invalidCode);
}

void requireText(const QString &value, const char *code, RuleErrors *errors)
{
    if (value.trimmed().isEmpty())
        *errors << error(code);
}

} // namespace

RuleMessageTable channelRuleMessages()
{
    return ruleMessageTable(channelMessages);
}

QString normalizedPhoneNumber(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    QString digits;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return {};
    }
    if (digits.size() < minPhoneDigits || digits.size() > maxPhoneDigits ||
        digits.startsWith(QLatin1Char('0')))
        return {};
    return digits;
}

RuleErrors checkChannelIcon(const ChannelIcon &icon)
{
    const QVariantMap file = {{QStringLiteral("file"), icon.fileName}};
    const std::optional<AttachmentClass> type = classifyAttachment(icon.fileName);
    if (!type || type->kind != MessageKind::Image)
        return {error("channel_icon_type", file)};
    if (icon.size <= 0)
        return {error("channel_icon_empty", file)};
    RuleErrors errors;
    if (!contentMatchesFormat(type->format, icon.head))
        errors << error("channel_icon_type", file);
    if (icon.size > maxChannelIconBytes) {
        errors << error("channel_icon_too_large", {{QStringLiteral("file"), icon.fileName},
                                                   {QStringLiteral("size"), icon.size},
                                                   {QStringLiteral("max"), maxChannelIconBytes},
                                                   {QStringLiteral("maxMb"), 1}});
    }
    return errors;
}

RuleErrors checkDisplayNumber(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return {error("channel_number_required")};
    if (normalizedPhoneNumber(typed).isEmpty())
        return {error("channel_number_invalid", {{QStringLiteral("number"), typed.trimmed()}})};
    return {};
}

RuleErrors checkChannelLimit(int existingChannels, int departments)
{
    if (existingChannels + 1 <= departments)
        return {};
    return {error("channel_limit_departments", {{QStringLiteral("channels"), existingChannels},
                                                {QStringLiteral("departments"), departments}})};
}

RuleErrors checkNumberNotInUse(const QString &typed, Id channelId,
                               const QList<Channel> &existingChannels)
{
    const QString number = normalizedPhoneNumber(typed);
    if (number.isEmpty())
        return {}; // checkDisplayNumber reports it; an invalid number collides with nothing
    for (const Channel &other : existingChannels) {
        if (other.id != channelId && normalizedPhoneNumber(other.displayNumber) == number) {
            return {error("channel_number_in_use", {{QStringLiteral("number"), number},
                                                    {QStringLiteral("channel"), other.name}})};
        }
    }
    return {};
}

RuleErrors checkCloudApiCredentials(const ChannelSetup &setup)
{
    RuleErrors errors;
    requireNumericId(setup.wabaId, "channel_waba_id_required", "channel_waba_id_invalid", &errors);
    requireNumericId(setup.phoneNumberId, "channel_phone_number_id_required",
                     "channel_phone_number_id_invalid", &errors);
    requireText(setup.accessToken, "channel_access_token_required", &errors);
    requireText(setup.appSecret, "channel_app_secret_required", &errors);
    requireText(setup.verifyToken, "channel_verify_token_required", &errors);
    return errors;
}

RuleErrors checkChannelSetup(const ChannelSetup &setup, const QList<Channel> &existingChannels,
                             int departments)
{
    RuleErrors errors;
    requireText(setup.name, "channel_name_required", &errors);
    requireText(setup.department, "channel_department_required", &errors);
    if (setup.icon)
        errors << checkChannelIcon(*setup.icon);
    errors << checkDisplayNumber(setup.displayNumber);
    errors << checkNumberNotInUse(setup.displayNumber, setup.channelId, existingChannels);
    errors << checkCloudApiCredentials(setup);
    if (setup.channelId == 0)
        errors << checkChannelLimit(int(existingChannels.size()), departments);
    return errors;
}

} // namespace parley
