#include "sim/demoscenario.h"

#include "sim/customerside.h"
#include "sim/democast.h"

namespace parley::sim {
namespace {

constexpr int photoPercent = 12;
constexpr int answerPercent = 55;
constexpr int reactPercent = 15;

const CastMember *castMember(const QString &waId)
{
    for (const CastMember &member : demoCast()) {
        if (member.waId == waId)
            return &member;
    }
    return nullptr;
}

} // namespace

DemoScenario::DemoScenario(SimContext &context, quint32 seed, QObject *parent)
    : QObject(parent), m_ctx(context), m_random(seed), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoScenario::nextCustomerWrites);
}

void DemoScenario::start()
{
    // The first customer writes at once, so a freshly started demo has something to show.
    nextCustomerWrites();
}

int DemoScenario::between(int minMs, int maxMs)
{
    return maxMs <= minMs ? minMs : minMs + int(m_random.bounded(maxMs - minMs + 1));
}

void DemoScenario::say(const CustomerWrite &customerWrite)
{
    QString problem;
    if (!customerWrites(m_ctx, customerWrite, &problem))
        qWarning("demo customer %s: %s", qPrintable(customerWrite.from), qPrintable(problem));
}

void DemoScenario::nextCustomerWrites()
{
    const QList<CastMember> &cast = demoCast();
    const CastMember &member = cast.at(int(m_random.bounded(int(cast.size()))));
    const DemoScript &script = *member.script;
    // Customers start at different points of the script, so two of a language do not echo.
    int &said = m_linesSaid[member.waId];
    if (said == 0)
        said = int(qHash(member.waId) % quint32(script.lines.size()));
    CustomerWrite write;
    write.from = member.waId;
    write.name = member.name;
    if (int(m_random.bounded(100)) < photoPercent) {
        write.type = QStringLiteral("image");
        write.text = script.captions.at(int(m_random.bounded(int(script.captions.size()))));
    } else {
        write.text = script.lines.at(said % int(script.lines.size()));
        ++said;
    }
    say(write);
    m_timer.start(between(m_ctx.options.demoMinIntervalMs, m_ctx.options.demoMaxIntervalMs));
}

void DemoScenario::customerRead(const QString &wamid, const QString &waId)
{
    const CastMember *member = castMember(waId);
    if (!member)
        return; // a number the business wrote to that is not in the cast stays silent
    const int roll = int(m_random.bounded(100));
    if (roll >= answerPercent + reactPercent)
        return;
    CustomerWrite write;
    write.from = member->waId;
    write.name = member->name;
    if (roll < answerPercent) {
        const QStringList &answers = member->script->answers;
        write.text = answers.at(int(m_random.bounded(int(answers.size()))));
        write.replyTo = wamid;
    } else {
        write.type = QStringLiteral("reaction");
        write.reactionTo = wamid;
        write.emoji = demoReactions().at(int(m_random.bounded(int(demoReactions().size()))));
    }
    QTimer::singleShot(between(1500, 6000), this, [this, write] { say(write); });
}

} // namespace parley::sim
