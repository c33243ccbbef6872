#include "sim/demoscenario.h"

#include "sim/customerside.h"
#include "sim/democast.h"

namespace parley::sim {
namespace {

// Of the messages customers start with: photos, PDFs, voice notes, locations and contact cards;
// the rest is text, now and then edited or deleted a little later.
constexpr int photoPercent = 12;
constexpr int documentPercent = 4;
constexpr int voicePercent = 5;
constexpr int locationPercent = 3;
constexpr int contactPercent = 3;
constexpr int editPercent = 6;
constexpr int deletePercent = 3;
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

std::optional<whatsapp::InboundMessage> DemoScenario::say(const CustomerWrite &customerWrite)
{
    QString problem;
    std::optional<whatsapp::InboundMessage> sent = customerWrites(m_ctx, customerWrite, &problem);
    if (!sent)
        qWarning("demo customer %s: %s", qPrintable(customerWrite.from), qPrintable(problem));
    return sent;
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
    const QString caption = script.captions.at(int(m_random.bounded(int(script.captions.size()))));
    int roll = int(m_random.bounded(100));
    if ((roll -= photoPercent) < 0) {
        write.type = QStringLiteral("image");
        write.text = caption;
    } else if ((roll -= documentPercent) < 0) {
        write.type = QStringLiteral("document"); // a one-page PDF
        write.text = caption;
    } else if ((roll -= voicePercent) < 0) {
        write.type = QStringLiteral("audio"); // an Ogg/Opus voice note
        write.voice = true;
    } else if ((roll -= locationPercent) < 0) {
        write.type = QStringLiteral("location");
        write.latitude = script.place.latitude;
        write.longitude = script.place.longitude;
        write.placeName = script.place.name;
        write.address = script.place.address;
    } else if ((roll -= contactPercent) < 0) {
        write.type = QStringLiteral("contacts");
        write.contactName = script.friendName;
        write.contactPhone = script.friendPhone;
    } else {
        write.text = script.lines.at(said % int(script.lines.size()));
        ++said;
    }
    const std::optional<whatsapp::InboundMessage> sent = say(write);
    if (sent && write.type == QLatin1String("text")) {
        // Second thoughts: the customer rewrites the line, or takes it back.
        const int change = int(m_random.bounded(100));
        CustomerWrite later;
        later.from = member.waId;
        later.original = sent->wamid;
        if (change < editPercent) {
            later.type = QStringLiteral("edit");
            later.text = write.text + QStringLiteral(" 🙂");
        } else if (change < editPercent + deletePercent) {
            later.type = QStringLiteral("revoke");
        }
        if (later.type != QLatin1String("text"))
            QTimer::singleShot(between(3000, 9000), this, [this, later] { say(later); });
    }
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
