#include "core/whatsapp/graphregistration.h"

#include <QRegularExpression>
#include <QStringList>

namespace parley::whatsapp {
namespace {

GraphError invalidParameter(const QString &message)
{
    GraphError error = graphError(100);
    error.message = QStringLiteral("(#100) %1").arg(message);
    return error;
}

// Graph refuses a key the edge does not document before it looks at any value.
bool onlyKeys(const QJsonObject &params, const QString &edge, const QStringList &keys,
              GraphError *error)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!keys.contains(it.key())) {
            *error = invalidParameter(
                QStringLiteral("Unexpected key \"%1\" on param \"%2\".").arg(it.key(), edge));
            return false;
        }
    }
    for (const QString &key : keys) {
        if (!params.contains(key)) {
            *error = invalidParameter(QStringLiteral("The parameter %1 is required.").arg(key));
            return false;
        }
    }
    return true;
}

// A parameter Graph documents as a string: a JSON number ("code": 123456) is not one.
bool stringParam(const QJsonObject &params, const QString &key, QString *value, GraphError *error)
{
    if (!params.value(key).isString()) {
        *error = invalidParameter(QStringLiteral("Param %1 must be a string.").arg(key));
        return false;
    }
    *value = params.value(key).toString();
    return true;
}

} // namespace

QString codeMethodName(CodeMethod method)
{
    return method == CodeMethod::Voice ? QStringLiteral("VOICE") : QStringLiteral("SMS");
}

bool codeMethodFromName(const QString &name, CodeMethod *method)
{
    if (name == QLatin1String("SMS"))
        *method = CodeMethod::Sms;
    else if (name == QLatin1String("VOICE"))
        *method = CodeMethod::Voice;
    else
        return false;
    return true;
}

bool isSixDigits(const QString &value)
{
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    return six.match(value).hasMatch();
}

bool isCodeLanguage(const QString &language)
{
    static const QRegularExpression locale(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return locale.match(language).hasMatch();
}

QJsonObject requestCodeJson(CodeMethod method, const QString &language)
{
    return {{QStringLiteral("code_method"), codeMethodName(method)},
            {QStringLiteral("language"), language}};
}

QJsonObject verifyCodeJson(const QString &code)
{
    return {{QStringLiteral("code"), code}};
}

QJsonObject registerJson(const QString &pin)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("pin"), pin}};
}

bool readRequestCode(const QJsonObject &params, CodeMethod *method, QString *language,
                     GraphError *error)
{
    QString name;
    if (!onlyKeys(params, QStringLiteral("request_code"),
                  {QStringLiteral("code_method"), QStringLiteral("language")}, error) ||
        !stringParam(params, QStringLiteral("code_method"), &name, error) ||
        !stringParam(params, QStringLiteral("language"), language, error))
        return false;
    if (!codeMethodFromName(name, method)) {
        *error = invalidParameter(
            QStringLiteral("Param code_method must be one of {SMS, VOICE} - got \"%1\".")
                .arg(name));
        return false;
    }
    if (!isCodeLanguage(*language)) {
        *error = invalidParameter(
            QStringLiteral("Param language must be a locale such as en_US - got \"%1\".")
                .arg(*language));
        return false;
    }
    return true;
}

bool readVerifyCode(const QJsonObject &params, QString *code, GraphError *error)
{
    if (!onlyKeys(params, QStringLiteral("verify_code"), {QStringLiteral("code")}, error) ||
        !stringParam(params, QStringLiteral("code"), code, error))
        return false;
    if (!isSixDigits(*code)) {
        *error = invalidParameter(QStringLiteral("Param code must be a 6-digit code."));
        return false;
    }
    return true;
}

bool readRegister(const QJsonObject &params, QString *pin, GraphError *error)
{
    QString product;
    if (!onlyKeys(params, QStringLiteral("register"),
                  {QStringLiteral("messaging_product"), QStringLiteral("pin")}, error) ||
        !stringParam(params, QStringLiteral("messaging_product"), &product, error) ||
        !stringParam(params, QStringLiteral("pin"), pin, error))
        return false;
    if (product != QLatin1String("whatsapp")) {
        *error = invalidParameter(
            QStringLiteral("Param messaging_product must be one of {WHATSAPP} - got \"%1\".")
                .arg(product));
        return false;
    }
    if (!isSixDigits(*pin)) {
        *error = invalidParameter(QStringLiteral("Param pin must be a 6-digit PIN."));
        return false;
    }
    return true;
}

} // namespace parley::whatsapp
