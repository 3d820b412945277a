// The fade behind a highlighted neighbourhood, drawn as one translucent sheet of the background colour
// between the ordinary items and the lifted ones (sigma's depth layers: edges, nodes, veil, topEdges,
// topNodes). Fading by style instead (a rule on the graph state "something is highlighted") makes sigma
// restyle every node and edge whenever a hover or a selection starts or ends: seconds of main-thread
// work at 50,000 edges. The sheet costs one full-screen quad, and only the lit items change state.
import type { Renderer } from './render-state.ts';

/** How much of the background covers what is not highlighted (0 none, 1 all). */
export const VEIL_ALPHA = 0.82;

const VERTEX = `#version 300 es
void main() {
  // A full-screen strip from the vertex index alone: no buffer to bind.
  vec2 p = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform vec4 u_color;
out vec4 fragColor;
void main() { fragColor = u_color; }`;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`geokg viewer: veil shader: ${gl.getShaderInfoLog(shader) ?? 'does not compile'}`);
  return shader;
}

/** '#rrggbb' → premultiplied RGBA at `alpha` (sigma blends with ONE, ONE_MINUS_SRC_ALPHA). */
export function premultiplied(hex: string, alpha: number): [number, number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const c = (shift: number): number => (((n >> shift) & 255) / 255) * alpha;
  return [c(16), c(8), c(0), alpha];
}

/**
 * Adds the veil to the renderer at the depth layer `depth`; it is drawn while `isOn()` says so (read
 * at every frame, so a graph-state change needs only a render, not a restyle).
 */
export function addVeil(renderer: Renderer, depth: string, colour: string, isOn: () => boolean): void {
  const rgba = premultiplied(colour, VEIL_ALPHA);
  (
    renderer as unknown as { addCustomLayerProgram(id: string, depth: string, f: unknown): void }
  ).addCustomLayerProgram('geokg-veil', depth, (gl: WebGL2RenderingContext) => {
    const program = gl.createProgram()!;
    const vs = compile(gl, gl.VERTEX_SHADER, VERTEX);
    const fs = compile(gl, gl.FRAGMENT_SHADER, FRAGMENT);
    gl.attachShader(program, vs);
    gl.attachShader(program, fs);
    gl.linkProgram(program);
    const uColor = gl.getUniformLocation(program, 'u_color');
    const vao = gl.createVertexArray();
    return {
      render(): void {
        if (!isOn()) return;
        const depthTest = gl.isEnabled(gl.DEPTH_TEST);
        // The screen, not the picking buffer: the veil hides nothing from the pointer.
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.viewport(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight);
        if (depthTest) gl.disable(gl.DEPTH_TEST);
        gl.enable(gl.BLEND);
        gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
        gl.useProgram(program);
        gl.bindVertexArray(vao);
        gl.uniform4fv(uColor, rgba);
        gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
        gl.bindVertexArray(null);
        if (depthTest) gl.enable(gl.DEPTH_TEST);
      },
      kill(): void {
        gl.deleteVertexArray(vao);
        gl.deleteProgram(program);
        gl.deleteShader(vs);
        gl.deleteShader(fs);
      },
    };
  });
}
