#pragma once

#include "core/domain/message.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QLabel;
class QPushButton;

namespace parley::ui {

class MediaFiles;

// The picture itself, fitted to the window or zoomed (wheel with Ctrl, +, −, 0 to fit), dragged
// about when larger than the window.
class ZoomView : public QWidget {
    Q_OBJECT
public:
    explicit ZoomView(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    // 0: fitted to the window.
    double zoom() const { return m_zoom; }
    double effectiveZoom() const;
    void zoomBy(double factor);
    void fit();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QImage m_image;
    double m_zoom = 0;
    QPointF m_offset;
    QPoint m_dragFrom;
};

// A conversation's photos and stickers one at a time, opened from a bubble or the Attachments
// tab: previous / next through the conversation, zoom, Save… and Open with the system's viewer.
// The full file is fetched on demand (the private copy of MediaFiles) and decoded off the GUI
// thread.
class PhotoViewer : public QDialog {
    Q_OBJECT
public:
    PhotoViewer(MediaFiles *files, const QList<Message> &photos, int current,
                QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_photos.size()); }
    ZoomView *view() const { return m_view; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QString statusText() const;
    void showPhoto(int index);

signals:
    void saveRequested(const parley::Message &message);
    // The photo on screen has been decoded (or could not be).
    void photoShown(int index, bool ok);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateControls();

    MediaFiles *m_files;
    QList<Message> m_photos;
    int m_current = -1;
    int m_loading = -1;
    ZoomView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace parley::ui
