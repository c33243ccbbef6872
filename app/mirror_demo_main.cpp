// Until the hub and the desktop exist, `./dev demo` shows the mirror at work: it writes a small
// workspace of conversations in four languages through Mirror::apply and prints each built-in
// view and a search as the Messages module will list them.
#include "core/filter/builtinviews.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

using namespace parley;

namespace {

struct Customer {
    const char *name;
    const char *number;
    const char *text;
    int minutesAgo;
    bool replied;
    int unread;
};

const Customer customers[] = {
    {"Ana Souza", "5511987650001", "Olá! Vocês entregam em Campinas?", 4, false, 2},
    {"王芳", "8613800000002", "你好，我的订单还没有到，可以帮我查一下吗？", 11, false, 1},
    {"佐藤 健", "819000000003", "注文した商品はいつ届きますか？", 35, true, 0},
    {"John Carter", "14155550004", "Can I change the delivery address?", 90, true, 0},
    {"Bruno Lima", "5521987650005", "Quero trocar o tamanho da camiseta.", 60 * 26, false, 1},
    {"李娜", "8613900000006", "请问周末营业吗？", 60 * 30, true, 0},
};

SyncBatch workspace(TimestampMs now, Id me)
{
    QList<Event> events;
    qint64 seq = 0;
    Id messageId = 0;
    Id id = 0;
    for (const Customer &customer : customers) {
        Conversation c;
        c.id = ++id;
        c.channelId = 1;
        c.customerName = QString::fromUtf8(customer.name);
        c.customerNumber = QString::fromLatin1(customer.number);
        c.ownerId = id % 2 ? me : me + 1;
        c.lastInboundAt = now - customer.minutesAgo * 60000LL;
        c.lastMessageAt = c.lastInboundAt;
        c.lastMessageText = QString::fromUtf8(customer.text);
        c.unreadCount = customer.unread;
        Message in;
        in.id = ++messageId;
        in.conversationId = c.id;
        in.text = c.lastMessageText;
        in.createdAt = c.lastInboundAt;
        events.append({++seq, EventType::MessageCreated, toJson(in)});
        if (customer.replied) {
            Message out = in;
            out.id = ++messageId;
            out.direction = Direction::Out;
            out.state = DeliveryState::Read;
            out.authorId = me;
            out.text = QStringLiteral("👍");
            out.createdAt = in.createdAt + 120000;
            c.lastOutboundAt = c.lastMessageAt = out.createdAt;
            c.lastRepliedBy = me;
            c.lastMessageText = out.text;
            events.append({++seq, EventType::MessageCreated, toJson(out)});
        }
        events.append({++seq, EventType::ConversationUpdated, toJson(c)});
    }
    return {events, seq};
}

void printView(QTextStream &out, QSqlDatabase db, const QString &title,
               const ConversationFilter &filter, const FilterContext &context)
{
    ConversationPage page;
    QString error;
    if (!fetchConversationPage(db, filter, context, {}, 50, &page, &error)) {
        out << title << ": " << error << Qt::endl;
        return;
    }
    out << "\n" << title << " (" << page.rows.size() << ")" << Qt::endl;
    for (const Conversation &c : page.rows) {
        const QString when = QDateTime::fromMSecsSinceEpoch(c.lastMessageAt, context.zone)
                                 .toString(QStringLiteral("ddd HH:mm"));
        out << "  " << when << "  " << c.customerName.leftJustified(12) << " "
            << c.lastMessageText.left(40)
            << (c.unreadCount ? QStringLiteral("  [%1 unread]").arg(c.unreadCount) : QString())
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley-demo"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a demo workspace into a Parley mirror and lists its views."));
    parser.addHelpOption();
    QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where to keep the mirror."),
                                 QStringLiteral("DIR"),
                                 QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                                     QStringLiteral("/parley-demo"));
    parser.addOption(dirOption);
    parser.process(app);

    QTextStream out(stdout);
    const QString path = QDir(parser.value(dirOption)).filePath(QStringLiteral("mirror.sqlite"));
    Mirror::discard(path);
    Mirror mirror;
    if (mirror.open(path) != Mirror::OpenStatus::Ok) {
        out << "cannot open " << path << ": " << mirror.errorString() << Qt::endl;
        return 1;
    }
    const Id me = 1;
    const FilterContext context{me, QDateTime::currentMSecsSinceEpoch(),
                                QTimeZone::systemTimeZone()};
    if (!mirror.apply(workspace(context.now, me))) {
        out << "apply failed: " << mirror.errorString() << Qt::endl;
        return 1;
    }
    out << "Mirror " << path << " at event " << mirror.lastSeq() << Qt::endl;
    printView(out, mirror.database(), QStringLiteral("All conversations"), {}, context);
    for (BuiltinView view : builtinViews())
        printView(out, mirror.database(), builtinViewTitle(view), builtinViewFilter(view), context);
    ConversationFilter search;
    search.search = QStringLiteral("订单");
    printView(out, mirror.database(), QStringLiteral("Search \"订单\""), search, context);
    return 0;
}
