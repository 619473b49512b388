/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int esc_export_command (const char * const *args,
                        GBytes             *default_dataset,
                        GBytes             *world_topojson,
                        GString            *out);

G_END_DECLS
