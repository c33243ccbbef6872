#include "ui/media/photoviewer.h"

#include "ui/media/mediafiles.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::ui {
namespace {

constexpr double minZoom = 0.05;
constexpr double maxZoom = 16;
constexpr int maxDecodeMegabytes = 256;

QImage decode(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(maxDecodeMegabytes);
    return reader.read();
}

} // namespace

ZoomView::ZoomView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 240);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Photo"));
}

void ZoomView::setImage(const QImage &image)
{
    m_image = image;
    fit();
}

double ZoomView::effectiveZoom() const
{
    if (m_zoom > 0 || m_image.isNull())
        return m_zoom;
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return qMin(1.0, fitted.width() / qMax(1, m_image.width())); // small photos stay 1:1
}

void ZoomView::zoomBy(double factor)
{
    m_zoom = qBound(minZoom, effectiveZoom() * factor, maxZoom);
    update();
}

void ZoomView::fit()
{
    m_zoom = 0;
    m_offset = {};
    update();
}

void ZoomView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x18, 0x18, 0x18));
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF shown = QSizeF(m_image.size()) * effectiveZoom();
    const QPointF topLeft =
        QPointF(width() - shown.width(), height() - shown.height()) / 2 + m_offset;
    painter.drawImage(QRectF(topLeft, shown), m_image);
}

void ZoomView::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0)
        return;
    zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
    event->accept();
}

void ZoomView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->position().toPoint();
}

void ZoomView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_zoom == 0)
        return;
    m_offset += event->position() - QPointF(m_dragFrom);
    m_dragFrom = event->position().toPoint();
    update();
}

PhotoViewer::PhotoViewer(MediaFiles *files, const QList<Message> &photos, int current,
                         QWidget *parent)
    : QDialog(parent), m_files(files), m_photos(photos)
{
    setWindowTitle(tr("Photo"));
    resize(900, 680);
    m_view = new ZoomView(this);
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    auto *zoomOut = new QPushButton(tr("Zoom out"), this);
    auto *zoomIn = new QPushButton(tr("Zoom in"), this);
    auto *fit = new QPushButton(tr("Fit"), this);
    auto *save = new QPushButton(tr("Save…"), this);
    auto *open = new QPushButton(tr("Open with…"), this);
    open->setToolTip(tr("Open in the system's picture viewer"));
    for (QPushButton *button : {m_previous, m_next, zoomOut, zoomIn, fit, save, open})
        button->setAutoDefault(false);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPhoto(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPhoto(m_current + 1); });
    connect(zoomIn, &QPushButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(fit, &QPushButton::clicked, m_view, &ZoomView::fit);
    connect(save, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            emit saveRequested(m_photos.at(m_current));
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_current >= 0)
            m_files->open(m_photos.at(m_current));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    buttons->addStretch(1);
    buttons->addWidget(zoomOut);
    buttons->addWidget(zoomIn);
    buttons->addWidget(fit);
    buttons->addWidget(save);
    buttons->addWidget(open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    showPhoto(current);
}

QString PhotoViewer::statusText() const
{
    return m_status->text();
}

void PhotoViewer::showPhoto(int index)
{
    if (index < 0 || index >= m_photos.size())
        return;
    m_current = index;
    const Message &photo = m_photos.at(index);
    m_title->setText(photo.media.caption.isEmpty() ? MediaFiles::safeFileName(photo)
                                                   : photo.media.caption);
    m_view->setImage({});
    m_status->setText(tr("Loading…"));
    updateControls();
    m_loading = index;
    m_files->fetchCopy(photo, this, [this, index](const QString &path, const QString &error) {
        if (index != m_loading)
            return; // the agent has moved on
        if (path.isEmpty()) {
            m_status->setText(error);
            emit photoShown(index, false);
            return;
        }
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, index] {
            watcher->deleteLater();
            if (index != m_loading)
                return;
            const QImage image = watcher->result();
            m_view->setImage(image);
            if (image.isNull())
                m_status->setText(tr("This picture cannot be shown"));
            else
                updateControls();
            emit photoShown(index, !image.isNull());
        });
        watcher->setFuture(QtConcurrent::run(decode, path));
    });
}

void PhotoViewer::updateControls()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_photos.size());
    if (!m_view->image().isNull())
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_photos.size()));
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        showPhoto(m_current - 1);
        return;
    case Qt::Key_Right:
        showPhoto(m_current + 1);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_view->zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        m_view->zoomBy(0.8);
        return;
    case Qt::Key_0:
        m_view->fit();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace parley::ui
