#include "ui/media/mediabackend.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QtGlobal>

namespace parley::ui {

void chooseMediaBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
}

bool hasAudioOutput()
{
    chooseMediaBackend();
    return !QMediaDevices::audioOutputs().isEmpty();
}

} // namespace parley::ui
