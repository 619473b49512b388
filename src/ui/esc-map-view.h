/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-election.h"
#include "esc-geo-layer.h"

G_BEGIN_DECLS

#define ESC_TYPE_MAP_VIEW (esc_map_view_get_type ())
G_DECLARE_FINAL_TYPE (EscMapView, esc_map_view, ESC, MAP_VIEW, GtkWidget)

GtkWidget  *esc_map_view_new             (void);
void        esc_map_view_set_election    (EscMapView  *self,
                                          EscElection *election);
const char *esc_map_view_get_selected    (EscMapView  *self);
void        esc_map_view_set_selected    (EscMapView  *self,
                                          const char  *id);
gboolean    esc_map_view_get_whole_world (EscMapView  *self);
void        esc_map_view_set_whole_world (EscMapView  *self,
                                          gboolean     whole_world);
gboolean    esc_map_view_get_point       (EscMapView  *self,
                                          const char  *id,
                                          double      *x,
                                          double      *y);

G_END_DECLS
