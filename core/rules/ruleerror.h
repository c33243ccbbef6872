#pragma once

#include <QString>
#include <QVariantMap>

namespace parley {

// A broken rule: a stable code (the hub's JSON error code, e.g. "template_body_too_long") plus
// the values the message mentions. message() renders the English text through
// QCoreApplication::translate in context "RuleError", so the desktop shows it in the user's
// language while the hub sends the same code and English text.
struct RuleError {
    QString code;
    QVariantMap args;

    QString message() const;
    bool operator==(const RuleError &other) const { return code == other.code; }
};

using RuleErrors = QList<RuleError>;

inline RuleError ruleError(const char *code, const QVariantMap &args = {})
{
    return RuleError{QString::fromLatin1(code), args};
}

inline bool hasError(const RuleErrors &errors, const QString &code)
{
    for (const RuleError &error : errors) {
        if (error.code == code)
            return true;
    }
    return false;
}

} // namespace parley
