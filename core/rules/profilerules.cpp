#include "core/rules/profilerules.h"

#include "core/rules/rulemessages.h"
#include "core/rules/templaterules.h"

#include <QRegularExpression>

namespace parley {
namespace {

const RuleMessage profileMessages[] = {
    {"profile_about_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The About text has {length} characters; the limit is {max}.")},
    {"profile_description_too_long",
     QT_TRANSLATE_NOOP("RuleError",
                       "The description has {length} characters; the limit is {max}.")},
    {"profile_address_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The address has {length} characters; the limit is {max}.")},
    {"profile_email_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The email has {length} characters; the limit is {max}.")},
    {"profile_email_invalid",
     QT_TRANSLATE_NOOP("RuleError", "{email} is not a valid email address.")},
    {"profile_too_many_websites",
     QT_TRANSLATE_NOOP("RuleError", "{count} websites were given; WhatsApp shows at most {max}.")},
    {"profile_website_too_long",
     QT_TRANSLATE_NOOP("RuleError", "A website has {length} characters; the limit is {max}.")},
    {"profile_website_scheme",
     QT_TRANSLATE_NOOP("RuleError", "{url} must start with http:// or https://.")},
    {"profile_vertical_invalid",
     QT_TRANSLATE_NOOP("RuleError", "{vertical} is not a WhatsApp business category.")},
};

void checkLength(const QString &text, int max, const char *code, RuleErrors *errors)
{
    const int length = codePointCount(text);
    if (length > max)
        errors->append(
            ruleError(code, {{QStringLiteral("length"), length}, {QStringLiteral("max"), max}}));
}

} // namespace

RuleMessageTable profileRuleMessages()
{
    return ruleMessageTable(profileMessages);
}

const QStringList &businessVerticals()
{
    static const QStringList verticals{
        QStringLiteral("UNDEFINED"), QStringLiteral("OTHER"),      QStringLiteral("AUTO"),
        QStringLiteral("BEAUTY"),    QStringLiteral("APPAREL"),    QStringLiteral("EDU"),
        QStringLiteral("ENTERTAIN"), QStringLiteral("EVENT_PLAN"), QStringLiteral("FINANCE"),
        QStringLiteral("GROCERY"),   QStringLiteral("GOVT"),       QStringLiteral("HOTEL"),
        QStringLiteral("HEALTH"),    QStringLiteral("NONPROFIT"),  QStringLiteral("PROF_SERVICES"),
        QStringLiteral("RETAIL"),    QStringLiteral("TRAVEL"),     QStringLiteral("RESTAURANT"),
        QStringLiteral("NOT_A_BIZ")};
    return verticals;
}

RuleErrors checkBusinessProfile(const whatsapp::BusinessProfile &profile)
{
    RuleErrors errors;
    checkLength(profile.about, maxProfileAboutLength, "profile_about_too_long", &errors);
    checkLength(profile.description, maxProfileDescriptionLength, "profile_description_too_long",
                &errors);
    checkLength(profile.address, maxProfileAddressLength, "profile_address_too_long", &errors);
    checkLength(profile.email, maxProfileEmailLength, "profile_email_too_long", &errors);
    // Meta asks for "valid email format" without defining it; this catches typing slips only.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!profile.email.isEmpty() && !email.match(profile.email).hasMatch())
        errors.append(
            ruleError("profile_email_invalid", {{QStringLiteral("email"), profile.email}}));
    if (profile.websites.size() > maxProfileWebsites)
        errors.append(ruleError("profile_too_many_websites",
                                {{QStringLiteral("count"), int(profile.websites.size())},
                                 {QStringLiteral("max"), maxProfileWebsites}}));
    for (const QString &url : profile.websites) {
        checkLength(url, maxProfileWebsiteLength, "profile_website_too_long", &errors);
        if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
            errors.append(ruleError("profile_website_scheme", {{QStringLiteral("url"), url}}));
    }
    if (!profile.vertical.isEmpty() && !businessVerticals().contains(profile.vertical))
        errors.append(ruleError("profile_vertical_invalid",
                                {{QStringLiteral("vertical"), profile.vertical}}));
    return errors;
}

} // namespace parley
