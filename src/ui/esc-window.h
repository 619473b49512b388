/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-dataset.h"
#include "esc-history.h"

G_BEGIN_DECLS

#define ESC_TYPE_WINDOW (esc_window_get_type ())
G_DECLARE_FINAL_TYPE (EscWindow, esc_window, ESC, WINDOW, AdwApplicationWindow)

EscWindow  *esc_window_new              (AdwApplication *application);
const char *esc_window_get_visible_view (EscWindow      *self);
void        esc_window_set_visible_view (EscWindow      *self,
                                         const char     *view);
void        esc_window_open_file        (EscWindow      *self,
                                         GFile          *file);
EscDataset *esc_window_get_dataset      (EscWindow      *self);
GFile      *esc_window_get_file         (EscWindow      *self);
EscHistory *esc_window_get_history      (EscWindow      *self);
gboolean    esc_window_is_modified      (EscWindow      *self);
void        esc_window_save_to          (EscWindow      *self,
                                         GFile          *file);
void        esc_window_import_tally     (EscWindow      *self,
                                         GFile          *file);
void        esc_window_show_sources     (EscWindow      *self,
                                         GPtrArray      *sources,
                                         guint          index);

G_END_DECLS
