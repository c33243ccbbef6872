#pragma once

#include "core/whatsapp/grapherrors.h"

#include <QJsonObject>
#include <QString>

namespace parley::whatsapp {

// R1.10: registering a business number on the Cloud API, Meta's "Registering business phone
// numbers" (developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/
// registering-phone-numbers) and the Graph reference of each edge:
//   POST /<PHONE_NUMBER_ID>/request_code {"code_method": "SMS"|"VOICE", "language": "en_US"}
//        errors 100 (invalid parameter), 136024 (request code error)
//   POST /<PHONE_NUMBER_ID>/verify_code  {"code": "123456"}
//        errors 100, 136025 (verify code error)
//   POST /<PHONE_NUMBER_ID>/register     {"messaging_product": "whatsapp", "pin": "123456"}
//        errors 100, 133005 (PIN mismatch), 133006 (re-verification needed), 133009 (PIN
//        guessed too fast), 133016 (too many attempts)
// each answering {"success": true}. Graph takes the parameters in the query string or a JSON
// body; the hub writes JSON bodies.
enum class CodeMethod { Sms, Voice };

QString codeMethodName(CodeMethod method); // "SMS", "VOICE"
bool codeMethodFromName(const QString &name, CodeMethod *method);

// The verification code and the two-step verification PIN are both exactly six digits.
bool isSixDigits(const QString &value);
// A language as Meta names it for the code's SMS or call: "en" or "en_US".
bool isCodeLanguage(const QString &language);

QJsonObject requestCodeJson(CodeMethod method, const QString &language);
QJsonObject verifyCodeJson(const QString &code);
QJsonObject registerJson(const QString &pin);

// The simulator's strict readers of those bodies: only the documented keys (another is Graph's
// 100 "Unexpected key"), the required ones present and their values valid (100 "Param … must
// be …"). False with Graph's error otherwise.
bool readRequestCode(const QJsonObject &params, CodeMethod *method, QString *language,
                     GraphError *error);
bool readVerifyCode(const QJsonObject &params, QString *code, GraphError *error);
bool readRegister(const QJsonObject &params, QString *pin, GraphError *error);

} // namespace parley::whatsapp
