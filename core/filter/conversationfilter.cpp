#include "core/filter/conversationfilter.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>
#include <QSet>

namespace parley {
namespace {

QJsonObject periodJson(const Period &period)
{
    return {{QStringLiteral("count"), period.count},
            {QStringLiteral("unit"), periodUnitName(period.unit)}};
}

QJsonObject userJson(const UserRef &user)
{
    if (user.me)
        return {{QStringLiteral("me"), true}};
    return {{QStringLiteral("agent_id"), user.agentId}};
}

std::optional<Period> readPeriod(JsonReader &outer, const QString &key)
{
    const QJsonObject json = outer.object(key);
    if (json.isEmpty())
        return std::nullopt;
    JsonReader r(json);
    Period period;
    period.count = static_cast<int>(r.integer(QStringLiteral("count"), true));
    if (!json.contains(QStringLiteral("unit")))
        r.fail(QStringLiteral("unit"), QStringLiteral("missing"));
    period.unit = r.enumValue(QStringLiteral("unit"), periodUnitFromName, PeriodUnit::Days);
    if (!r.ok())
        outer.fail(key, r.error());
    return period;
}

std::optional<UserRef> readUser(JsonReader &outer, const QString &key)
{
    const QJsonObject json = outer.object(key);
    if (json.isEmpty())
        return std::nullopt;
    JsonReader r(json);
    UserRef user;
    user.me = r.boolean(QStringLiteral("me"));
    user.agentId = r.id(QStringLiteral("agent_id"));
    if (!r.ok())
        outer.fail(key, r.error());
    return user;
}

} // namespace

bool ConversationFilter::operator==(const ConversationFilter &o) const
{
    return scope == o.scope && notRepliedIn == o.notRepliedIn && repliedIn == o.repliedIn &&
           messageTimeIn == o.messageTimeIn && owner == o.owner && repliedBy == o.repliedBy &&
           status == o.status && channelIds == o.channelIds && departments == o.departments &&
           labelIds == o.labelIds && priority == o.priority && teamId == o.teamId &&
           unreadOnly == o.unreadOnly && awaitingReply == o.awaitingReply && search == o.search;
}

QJsonObject toJson(const ConversationFilter &f)
{
    QJsonObject json{{QStringLiteral("scope"), f.scope == Scope::Mine ? QStringLiteral("mine")
                                               : f.scope == Scope::MyTeam
                                                   ? QStringLiteral("my_team")
                                                   : QStringLiteral("all")}};
    if (f.notRepliedIn)
        json.insert(QStringLiteral("not_replied_in"), periodJson(*f.notRepliedIn));
    if (f.repliedIn)
        json.insert(QStringLiteral("replied_in"), periodJson(*f.repliedIn));
    if (f.messageTimeIn)
        json.insert(QStringLiteral("message_time_in"), periodJson(*f.messageTimeIn));
    if (f.owner)
        json.insert(QStringLiteral("owner"), userJson(*f.owner));
    if (f.repliedBy)
        json.insert(QStringLiteral("replied_by"), userJson(*f.repliedBy));
    if (f.status)
        json.insert(QStringLiteral("status"), conversationStatusName(*f.status));
    if (!f.channelIds.isEmpty()) {
        QJsonArray ids;
        for (Id id : f.channelIds)
            ids.append(id);
        json.insert(QStringLiteral("channels"), ids);
    }
    if (!f.departments.isEmpty())
        json.insert(QStringLiteral("departments"), QJsonArray::fromStringList(f.departments));
    if (!f.labelIds.isEmpty()) {
        QJsonArray ids;
        for (Id id : f.labelIds)
            ids.append(id);
        json.insert(QStringLiteral("labels"), ids);
    }
    if (f.priority)
        json.insert(QStringLiteral("priority"), conversationPriorityName(*f.priority));
    if (f.teamId)
        json.insert(QStringLiteral("team"), *f.teamId);
    if (f.unreadOnly)
        json.insert(QStringLiteral("unread"), true);
    if (f.awaitingReply)
        json.insert(QStringLiteral("awaiting_reply"), true);
    if (!f.search.isEmpty())
        json.insert(QStringLiteral("search"), f.search);
    return json;
}

bool fromJson(const QJsonObject &json, ConversationFilter *f, QString *error)
{
    static const QSet<QString> known = {QStringLiteral("scope"),
                                        QStringLiteral("not_replied_in"),
                                        QStringLiteral("replied_in"),
                                        QStringLiteral("message_time_in"),
                                        QStringLiteral("owner"),
                                        QStringLiteral("replied_by"),
                                        QStringLiteral("status"),
                                        QStringLiteral("channels"),
                                        QStringLiteral("departments"),
                                        QStringLiteral("unread"),
                                        QStringLiteral("awaiting_reply"),
                                        QStringLiteral("search"),
                                        QStringLiteral("labels"),
                                        QStringLiteral("priority"),
                                        QStringLiteral("team")};
    JsonReader r(json);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            r.fail(it.key(), QStringLiteral("unknown filter"));
    }
    *f = ConversationFilter();
    const QString scope = r.string(QStringLiteral("scope"));
    if (scope == QLatin1String("mine"))
        f->scope = Scope::Mine;
    else if (scope == QLatin1String("my_team"))
        f->scope = Scope::MyTeam;
    else if (!scope.isEmpty() && scope != QLatin1String("all"))
        r.fail(QStringLiteral("scope"), QStringLiteral("unknown value \"%1\"").arg(scope));
    f->notRepliedIn = readPeriod(r, QStringLiteral("not_replied_in"));
    f->repliedIn = readPeriod(r, QStringLiteral("replied_in"));
    f->messageTimeIn = readPeriod(r, QStringLiteral("message_time_in"));
    f->owner = readUser(r, QStringLiteral("owner"));
    f->repliedBy = readUser(r, QStringLiteral("replied_by"));
    if (json.contains(QStringLiteral("status")))
        f->status = r.enumValue(QStringLiteral("status"), conversationStatusFromName,
                                ConversationStatus::Open);
    for (const QJsonValue &id : json.value(QStringLiteral("channels")).toArray()) {
        if (!id.isDouble() || id.toDouble() != double(id.toInteger()))
            r.fail(QStringLiteral("channels"), QStringLiteral("not an id"));
        f->channelIds.append(id.toInteger());
    }
    for (const QJsonValue &department : json.value(QStringLiteral("departments")).toArray()) {
        if (!department.isString())
            r.fail(QStringLiteral("departments"), QStringLiteral("not a string"));
        f->departments.append(department.toString());
    }
    f->labelIds = r.ids(QStringLiteral("labels"), false, 50);
    if (json.contains(QStringLiteral("priority")))
        f->priority = r.enumValue(QStringLiteral("priority"), conversationPriorityFromName,
                                  ConversationPriority::Normal);
    if (json.contains(QStringLiteral("team")))
        f->teamId = r.id(QStringLiteral("team"), true);
    f->unreadOnly = r.boolean(QStringLiteral("unread"));
    f->awaitingReply = r.boolean(QStringLiteral("awaiting_reply"));
    f->search = r.string(QStringLiteral("search"));
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

RuleErrors validate(const ConversationFilter &f)
{
    RuleErrors errors;
    const auto checkPeriod = [&errors](const std::optional<Period> &period, const char *which) {
        if (period && period->unit != PeriodUnit::Today &&
            (period->count < 1 || period->count > MaxPeriodCount))
            errors.append({QStringLiteral("filter_period_invalid"),
                           {{QStringLiteral("filter"), QLatin1String(which)},
                            {QStringLiteral("max"), MaxPeriodCount}}});
    };
    checkPeriod(f.notRepliedIn, "not_replied_in");
    checkPeriod(f.repliedIn, "replied_in");
    checkPeriod(f.messageTimeIn, "message_time_in");
    const auto checkUser = [&errors](const std::optional<UserRef> &user, const char *which) {
        if (user && !user->me && user->agentId <= 0)
            errors.append({QStringLiteral("filter_user_missing"),
                           {{QStringLiteral("filter"), QLatin1String(which)}}});
    };
    checkUser(f.owner, "owner");
    checkUser(f.repliedBy, "replied_by");
    return errors;
}

} // namespace parley
