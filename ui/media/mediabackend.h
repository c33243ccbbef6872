#pragma once

namespace parley::ui {

// Qt 6.4 on Debian tries its GStreamer backend first, which plays nothing without plugin
// packages a desktop rarely has for Ogg/Opus and H.264; the FFmpeg backend ships inside
// libqt6multimedia6 itself, with the libavcodec it depends on. Chooses FFmpeg unless the user set
// QT_MEDIA_BACKEND. Called before the first Qt Multimedia object of the process.
void chooseMediaBackend();

// Whether this computer has somewhere to play sound: false with no sound server or card (a
// server, a CI machine), where a voice note can show its length but not be heard.
bool hasAudioOutput();

} // namespace parley::ui
