#include "core/domain/personname.h"

#include <QStringList>

namespace parley {
namespace {

bool isCjk(QChar::Script script)
{
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul;
}

// The script of the name's first letter decides the order: a Japanese name written in Latin
// letters ("Taro Yamada") follows the Latin order its writer chose.
bool writtenInCjk(const QString &name)
{
    for (int i = 0; i < name.size(); ++i) {
        const char32_t code = name.at(i).isHighSurrogate() && i + 1 < name.size()
                                  ? QChar::surrogateToUcs4(name.at(i), name.at(i + 1))
                                  : name.at(i).unicode();
        if (QChar::isLetter(code))
            return isCjk(QChar::script(code));
    }
    return false;
}

} // namespace

PersonName splitPersonName(const QString &displayName)
{
    // Full-width spaces (U+3000) separate Japanese names as often as ASCII ones.
    QString name = displayName.simplified();
    name.replace(QChar(0x3000), QLatin1Char(' '));
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (writtenInCjk(name)) {
        if (words.size() == 1)
            return {words.first(), QString()};
        return {words.mid(1).join(QLatin1Char(' ')), words.first()};
    }
    return {words.first(), words.mid(1).join(QLatin1Char(' '))};
}

} // namespace parley
