/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the map of regions' layout (esc-chart-regions.c), its shapes in the plane
 * (esc-chart-regions-shapes.c) and its painting and hit-testing
 * (esc-chart-regions-draw.c). */
#pragma once

#include "esc-chart-layout-private.h"
#include "esc-geo-layer.h"
#include "esc-projection.h"

G_BEGIN_DECLS

#define NO_MARK G_MAXUINT

typedef struct {
  guint mark;               /* NO_MARK for a region without a result */
  gboolean inset;
  GPtrArray *rings;         /* GArray of double x, y pairs, in pixels */
  EscRect bounds;
  double label_x;           /* the middle of its largest ring */
  double label_y;
  double thickness;         /* of its thickest part, in pixels */
  gboolean small;           /* too small to see or to point at: a disc stands for it */
  double disc_x;            /* where, away from the others' discs */
  double disc_y;
} Area;

typedef struct {
  EscRect box;
  guint mark;               /* the legend entry's first mark; NO_MARK: no result */
  double strength;          /* > 0: a step of the scale of shares, at this strength */
} Swatch;

typedef struct {
  EscRect box;
  guint mark;
} Missing;

typedef struct {
  EscRect box;
  guint mark;               /* the region it shows: the whole box points at it */
} Inset;

struct _EscRegionsLayout
{
  EscRect map;
  GArray *neighbours;       /* Area */
  GArray *areas;            /* Area */
  GArray *insets;           /* Inset */
  GArray *swatches;         /* Swatch */
  GArray *missing;          /* Missing: a region not on the map, by its name */
  GPtrArray *outline;       /* GArray of double x, y pairs: the country's outline */
  double disc;              /* the radius of a small region's disc */
  gboolean neutral;         /* some regions have no result: the legend says so */
  gboolean graduated;       /* some carry their winner's share: a scale says how strong */
  guint *area_of_mark;      /* per mark: its index in areas, or NO_MARK */
  guint *missing_of_mark;   /* per mark: its index in missing, or NO_MARK */
  guint n_marks;
};

typedef struct {
  double x0, y0, x1, y1;
} Box;

#define EMPTY_BOX ((Box) { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE })

void       esc_box_add              (Box                 *box,
                                     double               x,
                                     double               y);
void       esc_box_union            (Box                 *box,
                                     const Box           *other);
double     esc_box_side             (const Box           *box);
gboolean   esc_box_near             (const Box           *a,
                                     const Box           *b,
                                     double               reach);
GPtrArray *esc_core_rings           (const EscAzimuthal  *projection,
                                     const EscGeoFeature *feature,
                                     Box                 *bounds);
double     esc_rings_area           (const EscAzimuthal  *projection,
                                     GPtrArray           *rings);
void       esc_area_settle          (Area                *area,
                                     double               top,
                                     double               bottom);
void       esc_regions_find_outline (EscRegionsLayout    *regions);
double     esc_regions_strength     (EscChart            *chart,
                                     guint                mark);
double     esc_regions_share_strength (double             share);

G_END_DECLS
