#pragma once

#include "core/whatsapp/graphregistration.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace parley::sim {

// R1.10 on the simulated business number: what Meta's request_code, verify_code and register
// edges remember between calls, and the errors they answer (graphregistration.h). The number
// starts verified and registered, as a test number from Meta's dashboard does; POST
// /sim/number/reset makes it a fresh number that must go through the three steps.
class NumberRegistration {
public:
    // Codes a number may ask for before one is verified, wrong tries that kill a code, and
    // register calls (since the number was reset) before Graph's 133016.
    static constexpr int maxCodeRequests = 5;
    static constexpr int maxWrongCodes = 3;
    static constexpr int maxRegisterAttempts = 10;

    void reset();
    bool registered() const { return m_registered; }

    // Each answers nothing on success, Graph's error otherwise. `code` is the six digits the
    // simulated phone receives by SMS or call.
    std::optional<whatsapp::GraphError> requestCode(whatsapp::CodeMethod method,
                                                    const QString &language, const QString &code);
    std::optional<whatsapp::GraphError> verifyCode(const QString &code);
    std::optional<whatsapp::GraphError> registerWithPin(const QString &pin);

    // GET /sim/number: {"verified", "registered", "pin_set", "last_code": {"code", "method",
    // "language"}} — the phone's inbox, for tests and demos.
    QJsonObject stateJson() const;

private:
    bool m_verified = true;
    bool m_registered = true;
    QString m_pin;         // two-step verification PIN, set by the first register
    QString m_pendingCode; // empty: none requested, verified or killed by wrong tries
    QString m_lastCode;
    whatsapp::CodeMethod m_lastMethod = whatsapp::CodeMethod::Sms;
    QString m_lastLanguage;
    int m_codeRequests = 0;
    int m_wrongCodes = 0;
    int m_registerAttempts = 0;
};

} // namespace parley::sim
