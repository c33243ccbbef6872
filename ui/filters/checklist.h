#pragma once

#include <QListWidget>
#include <QVariantList>

namespace parley::ui {

// A multi-select list of ticked items (channels, departments). It remembers the order in which
// items were ticked, so that a filter read in and written back comes out exactly as it was.
class CheckList : public QListWidget {
    Q_OBJECT
public:
    explicit CheckList(QWidget *parent = nullptr);

    void addChoice(const QString &label, const QVariant &key);
    bool hasChoice(const QVariant &key) const;
    void setChecked(const QVariantList &keys); // keys without a choice are ignored
    QVariantList checked() const { return m_checked; }

signals:
    void checkedChanged();

private:
    void onItemChanged(QListWidgetItem *item);

    QVariantList m_checked;
    bool m_updating = false;
};

} // namespace parley::ui
