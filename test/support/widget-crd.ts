/** A small CustomResourceDefinition and an object of its kind whose `size` has the wrong type. */
export const WIDGET_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: { kind: Widget, plural: widgets, singular: widget }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                size: { type: integer }
`;

export const BAD_WIDGET = `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  size: large
`;
