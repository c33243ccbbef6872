#include "core/whatsapp/grapherrors.h"

#include "core/whatsapp/wirereader.h"

namespace parley::whatsapp {
namespace {

struct KnownCode {
    int code;
    const char *title;
    int httpStatus;
    GraphErrorClass errorClass;
};

// §6. HTTP statuses marked UNVERIFIED there are 400, the status Graph uses for a bad request.
const KnownCode knownCodes[] = {
    {4, "Application request limit reached", 429, GraphErrorClass::RetryWithBackoff},
    {80007, "Rate limit issues", 429, GraphErrorClass::RetryWithBackoff},
    {130429, "Rate limit hit", 429, GraphErrorClass::RetryWithBackoff},
    {131056, "(Business Account, Consumer Account) pair rate limit hit", 429,
     GraphErrorClass::RetryWithBackoff},
    {131048, "Spam rate limit hit", 429, GraphErrorClass::RetryWithBackoff},
    {131000, "Something went wrong", 500, GraphErrorClass::RetryWithBackoff},
    {131047, "Re-engagement message", 400, GraphErrorClass::WindowClosed},
    {131026, "Message undeliverable", 400, GraphErrorClass::Undeliverable},
    {132000, "Number of parameters does not match the expected number of params", 400,
     GraphErrorClass::TemplateProblem},
    {132001, "Template name does not exist in the translation", 400,
     GraphErrorClass::TemplateProblem},
    {132015, "Template is Paused", 400, GraphErrorClass::TemplateProblem},
    {132016, "Template is Disabled", 400, GraphErrorClass::TemplateProblem},
    {132018, "There was an issue with the parameters in your template", 400,
     GraphErrorClass::TemplateProblem},
    {190, "Access token has expired", 401, GraphErrorClass::Auth},
    {100, "Invalid parameter", 400, GraphErrorClass::InvalidParameter},
    {131008, "Required parameter is missing", 400, GraphErrorClass::InvalidParameter},
    {131009, "Parameter value is not valid", 400, GraphErrorClass::InvalidParameter},
    {368, "Temporarily blocked for policies violations", 403, GraphErrorClass::Permanent},
    {131031, "Account has been locked", 403, GraphErrorClass::Permanent},
    {131051, "Message type unknown", 400, GraphErrorClass::Permanent},
    {131052, "Media download error", 400, GraphErrorClass::Permanent},
    {131053, "Media upload error", 400, GraphErrorClass::Permanent},
    // Number registration (R1.10): the Graph reference of request_code, verify_code, register.
    {136024, "Request code error", 400, GraphErrorClass::Permanent},
    {136025, "Verify code error", 400, GraphErrorClass::Permanent},
    {133005, "Two step verification PIN Mismatch", 400, GraphErrorClass::Permanent},
    {133006, "Phone number re-verification needed", 400, GraphErrorClass::Permanent},
    {133009, "Two step verification PIN Guessed Too Fast", 400, GraphErrorClass::Permanent},
    {133010, "Phone number Not Registered", 400, GraphErrorClass::Permanent},
    {133016, "Account register deregister rate limit exceeded", 400, GraphErrorClass::Permanent},
};

const KnownCode *findCode(int code)
{
    for (const KnownCode &known : knownCodes) {
        if (known.code == code)
            return &known;
    }
    return nullptr;
}

} // namespace

QJsonObject graphErrorJson(const GraphError &error)
{
    QJsonObject body{{QStringLiteral("message"), error.message},
                     {QStringLiteral("type"), error.type},
                     {QStringLiteral("code"), error.code}};
    if (!error.details.isEmpty() && error.detailsAsString)
        body.insert(QStringLiteral("error_data"), error.details);
    else if (!error.details.isEmpty())
        body.insert(QStringLiteral("error_data"),
                    QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("details"), error.details}});
    if (error.subcode != 0)
        body.insert(QStringLiteral("error_subcode"), error.subcode);
    if (!error.userTitle.isEmpty())
        body.insert(QStringLiteral("error_user_title"), error.userTitle);
    if (!error.userMessage.isEmpty())
        body.insert(QStringLiteral("error_user_msg"), error.userMessage);
    if (!error.fbtraceId.isEmpty())
        body.insert(QStringLiteral("fbtrace_id"), error.fbtraceId);
    return {{QStringLiteral("error"), body}};
}

bool parseGraphError(const QJsonObject &json, GraphError *error, QString *problem)
{
    QString firstError;
    WireReader envelope(json, QString(), &firstError);
    WireReader body = envelope.child(QStringLiteral("error"), true);
    error->code = static_cast<int>(body.integer(QStringLiteral("code"), true));
    error->message = body.string(QStringLiteral("message"));
    error->type = body.string(QStringLiteral("type"));
    // error_data is an object from the Cloud API and a plain string from the Graph layer.
    const QJsonValue data = body.json().value(QLatin1String("error_data"));
    error->detailsAsString = data.isString();
    error->details =
        data.isString()
            ? data.toString()
            : body.child(QStringLiteral("error_data")).string(QStringLiteral("details"));
    error->subcode = static_cast<int>(body.integer(QStringLiteral("error_subcode")));
    error->userTitle = body.string(QStringLiteral("error_user_title"));
    error->userMessage = body.string(QStringLiteral("error_user_msg"));
    error->fbtraceId = body.string(QStringLiteral("fbtrace_id"));
    if (!firstError.isEmpty())
        *problem = firstError;
    return firstError.isEmpty();
}

QString graphErrorForPeople(const GraphError &error)
{
    if (!error.userMessage.isEmpty())
        return error.userTitle.isEmpty()
                   ? error.userMessage
                   : QStringLiteral("%1: %2").arg(error.userTitle, error.userMessage);
    if (!error.userTitle.isEmpty())
        return error.userTitle;
    return error.details.isEmpty() ? error.message : error.details;
}

GraphError graphError(int code, const QString &details)
{
    GraphError error;
    error.code = code;
    error.message = QStringLiteral("(#%1) %2").arg(code).arg(graphErrorTitle(code));
    error.type = QStringLiteral("OAuthException");
    error.details = details;
    return error;
}

QString graphErrorTitle(int code)
{
    const KnownCode *known = findCode(code);
    return known ? QString::fromLatin1(known->title) : QStringLiteral("Unknown error");
}

int graphErrorHttpStatus(int code)
{
    const KnownCode *known = findCode(code);
    return known ? known->httpStatus : 400;
}

GraphErrorClass classifyGraphError(int code, int httpStatus)
{
    if (const KnownCode *known = findCode(code))
        return known->errorClass;
    if (httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599))
        return GraphErrorClass::RetryWithBackoff;
    return GraphErrorClass::Permanent;
}

} // namespace parley::whatsapp
