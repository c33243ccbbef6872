#include "ui/notify/notifychoicebox.h"

#include "core/mirror/mirrorstore.h"
#include "core/mirror/notificationreads.h"

#include <QPointer>
#include <QSignalBlocker>

namespace parley::ui {

NotifyChoiceBox::NotifyChoiceBox(QSqlDatabase mirror, HubClient *hub, QWidget *parent)
    : NotifyChoiceBox(new MirrorStore(mirror.databaseName()), hub, parent)
{
    m_store->setParent(this); // this box's own, unlike the window's
}

NotifyChoiceBox::NotifyChoiceBox(MirrorStore *store, HubClient *hub, QWidget *parent)
    : QComboBox(parent), m_store(store), m_api(HubApi(hub))
{
    setObjectName(QStringLiteral("notifyChoice"));
    for (NotifyChoice choice :
         {NotifyChoice::Default, NotifyChoice::All, NotifyChoice::Mine, NotifyChoice::Mentions})
        addItem(textOf(choice), int(choice));
    setEnabled(false); // until the stored choice is in
    m_store->read<NotifyChoice>(
        [](QSqlDatabase db) { return fetchNotificationSettings(db).notify; },
        [self = QPointer(this)](quint64, const NotifyChoice &stored) {
            if (!self)
                return;
            self->m_stored = stored;
            self->m_loaded = true;
            self->showChoice(stored);
            self->setEnabled(self->m_api.isConnected());
        });
    connect(this, &QComboBox::currentIndexChanged, this, &NotifyChoiceBox::chosen);
}

QString NotifyChoiceBox::textOf(NotifyChoice choice)
{
    switch (choice) {
    case NotifyChoice::Default:
        return tr("My conversations and unassigned ones of my department");
    case NotifyChoice::All:
        return tr("Every conversation I can see");
    case NotifyChoice::Mine:
        return tr("Only my conversations");
    case NotifyChoice::Mentions:
        return tr("Only when someone mentions me");
    }
    return {};
}

NotifyChoice NotifyChoiceBox::choice() const
{
    return NotifyChoice(currentData().toInt());
}

void NotifyChoiceBox::showChoice(NotifyChoice choice)
{
    const QSignalBlocker quiet(this);
    setCurrentIndex(qMax(0, findData(int(choice))));
}

void NotifyChoiceBox::chosen()
{
    const NotifyChoice wanted = choice();
    m_api.setChoice(wanted, [self = QPointer(this)](const HubResult<NotificationSettings> &r) {
        if (!self)
            return;
        if (r.ok()) {
            self->m_stored = r.value().notify;
            return;
        }
        self->showChoice(self->m_stored);
        emit self->failed(r.error().text());
    });
}

} // namespace parley::ui
