// What this machine's WebGL can do with no viewer at all, to read the viewer's figures against.
import { launchChromium } from '@geokg/viewer/testing';

/** Instanced quads per second, drawn and presented by requestAnimationFrame. */
export async function calibrate(): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<canvas id="c" width="1280" height="800"></canvas>');
    await page.evaluate('window.__name = (f) => f');
    return await page.evaluate(async () => {
      const gl = (document.getElementById('c') as HTMLCanvasElement).getContext('webgl2')!;
      const shader = (type: number, src: string): WebGLShader => {
        const s = gl.createShader(type)!;
        gl.shaderSource(s, src);
        gl.compileShader(s);
        return s;
      };
      const prog = gl.createProgram()!;
      gl.attachShader(
        prog,
        shader(
          gl.VERTEX_SHADER,
          '#version 300 es\nin vec2 p; in vec2 o; void main() { gl_Position = vec4(p * 0.01 + o, 0.0, 1.0); }',
        ),
      );
      gl.attachShader(
        prog,
        shader(
          gl.FRAGMENT_SHADER,
          '#version 300 es\nprecision mediump float; out vec4 c; void main() { c = vec4(1.0, 0.0, 0.0, 1.0); }',
        ),
      );
      gl.linkProgram(prog);
      gl.useProgram(prog);
      const attr = (name: string, data: Float32Array, divisor: number): void => {
        gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
        gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
        const loc = gl.getAttribLocation(prog, name);
        gl.enableVertexAttribArray(loc);
        gl.vertexAttribPointer(loc, 2, gl.FLOAT, false, 0, 0);
        gl.vertexAttribDivisor(loc, divisor);
      };
      const n = 10_000;
      attr('p', new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), 0);
      attr(
        'o',
        new Float32Array(n * 2).map((_, i) => ((i * 7919) % 2000) / 1000 - 1),
        1,
      );
      let frames = 0;
      const t0 = performance.now();
      await new Promise<void>((done) => {
        const step = (now: number): void => {
          gl.clear(gl.COLOR_BUFFER_BIT);
          gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, n);
          frames++;
          if (now - t0 < 3000) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      return (frames * n * 1000) / (performance.now() - t0);
    });
  } finally {
    await browser.close();
  }
}
