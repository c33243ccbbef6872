#pragma once

// The mirror and the helpers shared by the tests that the GUI thread never waits on the mirror
// (issue #11: tst_guithreadreads, tst_guithreadscreens): a team with a lead, its company and
// deal, a ticket, photos, a template, a predefined text, a label and a saved view; the mirror's
// write lock held by a connection of its own; and what the statement probe found.
#include "../core/mirrorfixture.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/savedviewtypes.h"
#include "core/protocol/tickettypes.h"
#include "core/protocol/triagetypes.h"

#include <QDateTime>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QWidget>

namespace parley::testing {

inline constexpr Id ana = 1;
inline constexpr Id lead = 20;
inline constexpr Id company = 21;
inline constexpr Id deal = 22;
inline constexpr Id ticketId = 40;
inline constexpr Id firstPhoto = 31;
inline constexpr Id secondPhoto = 33;

inline Record record(Id id, Module module, const QVariantMap &fields)
{
    Record r;
    r.id = id;
    r.module = module;
    r.ownerId = 1;
    r.fields = fields;
    return r;
}

inline Message photo(Id id, TimestampMs at)
{
    Message m = textMessage(id, ana, Direction::In, QString(), at);
    m.kind = MessageKind::Image;
    m.media.mediaId = QStringLiteral("media-%1").arg(id);
    m.media.mimeType = QStringLiteral("image/jpeg");
    m.media.size = 2000 + id;
    return m;
}

// The mirror's write lock, held by a connection of its own (as the sync worker holds it while
// it applies a batch) until the object goes.
class MirrorWriteLock {
public:
    explicit MirrorWriteLock(const QString &path)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~MirrorWriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isHeld() const { return m_held; }

private:
    QString m_name;
    bool m_held = false;
};

template <typename Widget> Widget *shown(QWidget &window)
{
    for (Widget *widget : window.findChildren<Widget *>()) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

inline QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out.append(list->item(row)->text());
    return out;
}

// No SQL ran on the GUI thread since the last SqlThreadProbe::reset().
inline bool noGuiSql()
{
    const bool none = SqlThreadProbe::guiThreadStatements() == 0;
    if (!none)
        qWarning().noquote() << "SQL on the GUI thread:\n"
                             << SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'));
    return none;
}

inline constexpr Id vipLabel = 70;
inline constexpr Id greetingText = 80;
inline constexpr Id savedView = 90;

// The team the tests read, as events for the mirror.
inline QList<Event> guiThreadFixture(TimestampMs now)
{
    EventLog log;
    QList<Event> events;
    events << log.raw(EventType::AgentUpdated,
                      toJson(Agent{1, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent,
                                   QStringLiteral("Vendas"), true}))
           << log.raw(EventType::AgentUpdated,
                      toJson(Agent{7, QStringLiteral("carla"), QStringLiteral("Carla Dias"),
                                   Role::Agent, QStringLiteral("Vendas"), true}));
    Channel channel;
    channel.id = 1;
    channel.name = QStringLiteral("Loja Azul");
    channel.status = ChannelStatus::Connected;
    events << log.raw(EventType::ChannelUpdated, toJson(channel));
    MessageTemplate welcome;
    welcome.id = 3;
    welcome.name = QStringLiteral("pedido_saiu");
    welcome.language = QStringLiteral("pt_BR");
    welcome.module = Module::Leads;
    welcome.body = QStringLiteral("Olá $[Leads.First Name], seu pedido saiu.");
    welcome.status = TemplateStatus::Approved;
    events << log.raw(EventType::TemplateUpdated, toJson(welcome));
    events << log.raw(EventType::RecordUpdated,
                      toJson(record(lead, Module::Leads,
                                    {{QStringLiteral("First Name"), QStringLiteral("Ana")},
                                     {QStringLiteral("Last Name"), QStringLiteral("Souza")},
                                     {QStringLiteral("Company Id"), QString::number(company)}})))
           << log.raw(EventType::RecordUpdated,
                      toJson(record(
                          company, Module::Companies,
                          {{QStringLiteral("Company Name"), QStringLiteral("Sapataria Azul")}})))
           << log.raw(
                  EventType::RecordUpdated,
                  toJson(record(deal, Module::Deals,
                                {{QStringLiteral("Deal Name"), QStringLiteral("Pedido de verão")},
                                 {QStringLiteral("Lead Id"), QString::number(lead)}})));
    Activity call;
    call.id = 50;
    call.kind = ActivityKind::Call;
    call.title = QStringLiteral("Ligar sobre o tamanho");
    call.recordId = lead;
    call.ownerId = 1;
    events << log.raw(EventType::ActivityUpdated, toJson(call));
    const char *names[] = {"Ana Souza", "Bruno Lima"};
    for (Id id = 1; id <= 2; ++id) {
        Conversation c;
        c.id = id;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("5511900000%1").arg(id);
        c.customerName = QString::fromUtf8(names[id - 1]);
        c.ownerId = 1;
        c.lastInboundAt = now - id * 60000;
        c.lastMessageAt = c.lastInboundAt;
        c.lastMessageText = QStringLiteral("Tem azul?");
        if (id == ana) {
            c.recordId = lead;
            c.recordModule = QStringLiteral("Leads");
        }
        events << log.conversation(c);
    }
    Message note =
        textMessage(34, ana, Direction::Out, QStringLiteral("Quer o azul no 38"), now - 150000, 1);
    note.kind = MessageKind::Note;
    events << log.message(photo(firstPhoto, now - 200000))
           << log.message(
                  textMessage(32, ana, Direction::In, QStringLiteral("Tem azul?"), now - 190000))
           << log.message(photo(secondPhoto, now - 180000)) << log.message(note);
    Ticket ticket;
    ticket.id = ticketId;
    ticket.conversationId = ana;
    ticket.subject = QStringLiteral("Tênis azul, tamanho 38");
    ticket.status = TicketStatus::Open;
    ticket.priority = TicketPriority::High;
    ticket.assigneeId = 7;
    ticket.department = QStringLiteral("Vendas");
    ticket.createdBy = 1;
    ticket.createdAt = now - 100000;
    ticket.updatedAt = ticket.createdAt;
    events << log.raw(EventType::TicketUpdated, toJson(ticket))
           << log.raw(
                  EventType::TicketCommentCreated,
                  toJson(TicketComment{60, ticketId, 7,
                                       QStringLiteral("A transportadora confirmou"), now - 90000}));
    Label vip;
    vip.id = vipLabel;
    vip.name = QStringLiteral("VIP");
    vip.color = QStringLiteral("#d4a017");
    events << log.raw(EventType::LabelUpdated, toJson(vip));
    PredefinedText greeting;
    greeting.id = greetingText;
    greeting.name = QStringLiteral("Saudação");
    greeting.module = Module::Leads;
    greeting.body = QStringLiteral("Oi $[Leads.First Name], tudo bem?");
    greeting.updatedAt = now;
    events << log.raw(EventType::PredefinedTextUpdated, toJson(greeting));
    SavedView view;
    view.id = savedView;
    view.ownerId = 1;
    view.name = QStringLiteral("Não lidas");
    view.filter.unreadOnly = true;
    events << log.raw(EventType::SavedViewUpdated, toJson(view));
    return events;
}

} // namespace parley::testing
