#include "core/rules/ruleerror.h"

#include "core/rules/rulemessages.h"

#include <QCoreApplication>
#include <QLocale>

namespace parley {
namespace {

const char *englishText(const QString &code)
{
    const RuleMessageTable tables[] = {windowRuleMessages(),   mergeFieldRuleMessages(),
                                       templateRuleMessages(), attachmentRuleMessages(),
                                       channelRuleMessages(),  billingRuleMessages(),
                                       filterRuleMessages(),   profileRuleMessages(),
                                       quoteRuleMessages(),    templateComponentRuleMessages()};
    for (const RuleMessageTable &table : tables) {
        for (int i = 0; i < table.count; ++i) {
            if (code == QLatin1String(table.entries[i].code))
                return table.entries[i].text;
        }
    }
    return nullptr;
}

QString argText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QLocale().toString(value.toLongLong());
    default:
        return value.toString();
    }
}

} // namespace

QString RuleError::message() const
{
    const char *english = englishText(code);
    if (!english)
        return code;
    QString text = QCoreApplication::translate("RuleError", english);
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), argText(it.value()));
    return text;
}

} // namespace parley
