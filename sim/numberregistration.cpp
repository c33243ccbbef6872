#include "sim/numberregistration.h"

namespace parley::sim {
namespace {

whatsapp::GraphError failure(int code, const QString &details)
{
    return whatsapp::graphError(code, details);
}

} // namespace

void NumberRegistration::reset()
{
    *this = NumberRegistration();
    m_verified = false;
    m_registered = false;
}

std::optional<whatsapp::GraphError> NumberRegistration::requestCode(whatsapp::CodeMethod method,
                                                                    const QString &language,
                                                                    const QString &code)
{
    if (m_registered)
        return failure(136024, QStringLiteral("The phone number is already registered."));
    if (m_codeRequests >= maxCodeRequests)
        return failure(136024, QStringLiteral("Too many codes were requested for this phone "
                                              "number. Wait before requesting another one."));
    ++m_codeRequests;
    m_pendingCode = code;
    m_wrongCodes = 0;
    m_lastCode = code;
    m_lastMethod = method;
    m_lastLanguage = language;
    return std::nullopt;
}

std::optional<whatsapp::GraphError> NumberRegistration::verifyCode(const QString &code)
{
    if (m_pendingCode.isEmpty())
        return failure(136025, QStringLiteral("No verification code is waiting for this phone "
                                              "number. Request a new code."));
    if (code != m_pendingCode) {
        if (++m_wrongCodes >= maxWrongCodes) {
            m_pendingCode.clear();
            return failure(136025, QStringLiteral("Too many incorrect codes were entered. "
                                                  "Request a new code."));
        }
        return failure(136025, QStringLiteral("The verification code is incorrect. %1 attempts "
                                              "left.")
                                   .arg(maxWrongCodes - m_wrongCodes));
    }
    m_pendingCode.clear();
    m_verified = true;
    m_codeRequests = 0;
    return std::nullopt;
}

std::optional<whatsapp::GraphError> NumberRegistration::registerWithPin(const QString &pin)
{
    if (++m_registerAttempts > maxRegisterAttempts)
        return failure(133016, QStringLiteral("Registration failed because there were too many "
                                              "attempts for this phone number in a short period "
                                              "of time."));
    if (!m_verified)
        return failure(133006, QStringLiteral("The phone number must be verified with a code "
                                              "before it is registered."));
    if (!m_pin.isEmpty() && pin != m_pin)
        return failure(133005, QStringLiteral("The two-step verification PIN does not match."));
    m_pin = pin;
    m_registered = true;
    return std::nullopt;
}

QJsonObject NumberRegistration::stateJson() const
{
    QJsonObject state{{QStringLiteral("verified"), m_verified},
                      {QStringLiteral("registered"), m_registered},
                      {QStringLiteral("pin_set"), !m_pin.isEmpty()}};
    if (!m_lastCode.isEmpty())
        state.insert(QStringLiteral("last_code"),
                     QJsonObject{{QStringLiteral("code"), m_lastCode},
                                 {QStringLiteral("method"), whatsapp::codeMethodName(m_lastMethod)},
                                 {QStringLiteral("language"), m_lastLanguage}});
    return state;
}

} // namespace parley::sim
