/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *esc_file_read_bounded       (GFile        *file,
                                     gsize         limit,
                                     GCancellable *cancellable,
                                     GError      **error);
GBytes *esc_file_map_bounded        (const char   *path,
                                     gsize         limit,
                                     GError      **error);
char   *esc_file_too_large_message  (goffset       size,
                                     gsize         limit);

G_END_DECLS
