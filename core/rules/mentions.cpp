#include "core/rules/mentions.h"

#include <QRegularExpression>
#include <QSet>

namespace parley {
namespace {

QString folded(const QString &text)
{
    QString out = text;
    out.remove(QLatin1Char(' '));
    return out.toCaseFolded();
}

QString firstName(const Agent &agent)
{
    return agent.name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).toCaseFolded();
}

} // namespace

QStringList mentionHandles(const QString &text, int limit)
{
    // "@" at the start or after a space or an opening bracket, so that e-mail addresses
    // ("ana@example.com") call nobody.
    static const QRegularExpression handle(
        QStringLiteral("(?:^|(?<=[\\s(\\[]))@([\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    QRegularExpressionMatchIterator it = handle.globalMatch(text);
    while (it.hasNext() && out.size() < limit) {
        QString name = it.next().captured(1);
        while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('-')))
            name.chop(1); // "@ana." at the end of a sentence
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    }
    return out;
}

QList<Agent> mentionedAgents(const QString &text, const QList<Agent> &agents)
{
    QList<Agent> found;
    QSet<Id> taken;
    for (const QString &handle : mentionHandles(text)) {
        const QString key = handle.toCaseFolded();
        const Agent *match = nullptr;
        for (const Agent &agent : agents) {
            if (agent.active && (agent.login.toCaseFolded() == key || folded(agent.name) == key)) {
                match = &agent;
                break;
            }
        }
        if (!match) {
            int sameFirstName = 0;
            for (const Agent &agent : agents) {
                if (agent.active && firstName(agent) == key) {
                    match = &agent;
                    ++sameFirstName;
                }
            }
            if (sameFirstName != 1)
                match = nullptr; // "@Ana" with two Anas calls neither: say which one
        }
        if (match && !taken.contains(match->id)) {
            taken.insert(match->id);
            found << *match;
        }
    }
    return found;
}

} // namespace parley
