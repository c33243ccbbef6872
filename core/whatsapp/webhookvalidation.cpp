// The checks a signed webhook value passes before it becomes data (declared in webhookreading.h).
#include "core/whatsapp/webhookreading.h"

#include "core/whatsapp/limits.h"

#include <QRegularExpression>

namespace parley::whatsapp::detail {

void checkText(WireReader &reader, const QString &key, const QString &text, int maxLength)
{
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++codePoints) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            reader.fail(key, QStringLiteral("not valid Unicode (a lone surrogate)"));
            return;
        }
    }
    if (codePoints > maxLength)
        reader.fail(key, QStringLiteral("%1 characters, over Meta's limit of %2")
                             .arg(codePoints)
                             .arg(maxLength));
}

void checkWamid(WireReader &reader, const QString &key, const QString &wamid)
{
    if (wamid.size() > maxWamidLength) {
        reader.fail(key, QStringLiteral("longer than %1 characters").arg(maxWamidLength));
        return;
    }
    for (const QChar c : wamid) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate()) {
            reader.fail(key, QStringLiteral("holds a control character"));
            return;
        }
    }
}

void checkCustomerIds(WireReader &reader, const QString &key, const QString &phone,
                      const QString &userId)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    // Business-scoped user ids as Graph v25 shows them: "US.13491208655302741918",
    // "US.ENT.506847293015824", "IN.1410018717833190".
    static const QRegularExpression userIdShape(
        QStringLiteral("^[A-Z]{2}(\\.[A-Z]{1,8})?\\.[0-9A-Za-z]{1,64}$"));
    if (!phone.isEmpty() && !digits.match(phone).hasMatch())
        reader.fail(key, QStringLiteral("\"%1\" is not a WhatsApp number").arg(phone.left(40)));
    else if (!userId.isEmpty() && !userIdShape.match(userId).hasMatch())
        reader.fail(key + QStringLiteral("_user_id"),
                    QStringLiteral("\"%1\" is not a WhatsApp user id").arg(userId.left(40)));
}

void checkTimestamp(WireReader &reader, const QString &key, TimestampMs at, TimestampMs now)
{
    if (now > 0 && at > now + webhookClockSkewMs)
        reader.fail(key, QStringLiteral("in the future"));
}

} // namespace parley::whatsapp::detail
