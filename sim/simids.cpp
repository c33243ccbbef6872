#include "sim/simids.h"

#include <QRandomGenerator>
#include <QStringList>

namespace parley::sim {
namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

QString newWamid(const QString &waId)
{
    // Meta's ids start with the protobuf tag of the number ("HBg" + length); the rest is opaque.
    const QByteArray payload = QByteArray("\x1c\x18") + char(waId.size()) + waId.toLatin1() +
                               QByteArray("\x15\x02\x00\x12\x18\x14") + randomBytes(20);
    return QStringLiteral("wamid.") + QString::fromLatin1(payload.toBase64());
}

QString newGraphObjectId()
{
    // Meta's ids have 15 digits, or 16 starting with 1 ("1689556908129835"): always below 2^53,
    // so template ids, which webhooks carry as JSON numbers, survive a double.
    const bool sixteenDigits = QRandomGenerator::global()->bounded(2) == 1;
    QString id = sixteenDigits ? QStringLiteral("1")
                               : QString::number(1 + QRandomGenerator::global()->bounded(9));
    while (id.size() < (sixteenDigits ? 16 : 15))
        id += QString::number(QRandomGenerator::global()->bounded(10));
    return id;
}

QString newFbtraceId()
{
    return QString::fromLatin1(
        randomBytes(17).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString waIdFromInput(const QString &to)
{
    QString digits;
    for (const QChar c : to) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char(' ') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return to; // not a phone number at all; isPlausibleWaId() refuses it
    }
    return digits;
}

QString countryCallingCode(const QString &number)
{
    const QString digits = waIdFromInput(number);
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return digits.left(1);
    static const QStringList twoDigitCodes = {
        QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("36"),
        QStringLiteral("39"), QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("43"),
        QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("47"),
        QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"),
        QStringLiteral("57"), QStringLiteral("58"), QStringLiteral("60"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("84"),
        QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"), QStringLiteral("92"),
        QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"), QStringLiteral("98")};
    if (twoDigitCodes.contains(digits.left(2)))
        return digits.left(2);
    return digits.left(3);
}

QString recipientWaId(const QString &to, const QString &businessNumber)
{
    const QString digits = waIdFromInput(to);
    const bool phoneNumber = !digits.isEmpty() && digits.front().isDigit() &&
                             digits.back().isDigit() && digits.toULongLong() > 0;
    if (to.trimmed().startsWith(QLatin1Char('+')) || !phoneNumber)
        return digits; // not a phone number at all stays as it was, and isPlausibleWaId refuses
    return countryCallingCode(businessNumber) + digits;
}

bool isPlausibleWaId(const QString &waId)
{
    if (waId.size() < 8 || waId.size() > 15 || waId.startsWith(QLatin1Char('0')))
        return false;
    for (const QChar c : waId) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace parley::sim
