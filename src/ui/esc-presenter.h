/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-election.h"

G_BEGIN_DECLS

#define ESC_TYPE_PRESENTER (esc_presenter_get_type ())
G_DECLARE_FINAL_TYPE (EscPresenter, esc_presenter, ESC, PRESENTER, GtkWindow)

GtkWidget *esc_presenter_new           (GtkWindow   *parent,
                                        EscElection *election);
guint      esc_presenter_get_slide     (EscPresenter *self);
guint      esc_presenter_get_n_slides  (EscPresenter *self);

G_END_DECLS
