#!/usr/bin/env python3
"""The PyTorch peer of `lessons bench`: the same workloads on the CPU, timed the same way.

One generator iteration = 5 critic steps + 1 generator step.
--workload toy: batch 256, 8 Gaussians, generator and critic MLPs 2 -> DIM -> DIM -> DIM -> out (ReLU, PyTorch's
default initialization). Modes:
  clipping: RMSprop 5e-5, critic weights clamped to [-0.01, 0.01] after every critic step (WGAN, Algorithm 1)
  penalty:  Adam 1e-4, betas (0.5, 0.9), gradient penalty weight 0.1 (WGAN-GP toy code), double backprop
--workload dcgan: lesson 12's convolutional WGAN-GP on 16x16 RGB images, batch 64, DIM = channels at 8x8:
  generator z(32) -> Linear -> 4x4x2DIM -> ReLU -> ConvTranspose(k4 s2 p1) -> 8x8xDIM -> ReLU -> ConvTranspose -> 16x16x3 -> tanh
  critic 16x16x3 -> Conv(k4 s2 p1) -> 8x8xDIM -> LeakyReLU 0.2 -> Conv -> 4x4x2DIM -> LeakyReLU -> Linear -> 1
  Adam 1e-4, betas (0.5, 0.9), gradient penalty weight 10, double backprop; images uniform in [-1, 1]
  (the time does not depend on what the images show).
Prints one JSON object on stdout. Install: python3 -m venv .venv-peer && .venv-peer/bin/pip install torch numpy
"""
import argparse
import json
import math
import resource
import statistics
import sys
import time

import numpy as np
import torch
from torch import nn


def eight_gaussians(rng, n):
    r = 1 / math.sqrt(2)
    centres = np.array([(1, 0), (-1, 0), (0, 1), (0, -1), (r, r), (r, -r), (-r, r), (-r, -r)]) * 2
    points = centres[rng.integers(0, 8, n)] + 0.02 * rng.standard_normal((n, 2))
    return torch.from_numpy((points / 1.414).astype(np.float32))


def mlp(width, out):
    return nn.Sequential(nn.Linear(2, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(),
                         nn.Linear(width, width), nn.ReLU(), nn.Linear(width, out))


class Workload:
    def __init__(self, mode, width, batch, seed):
        torch.manual_seed(seed)
        self.rng = np.random.default_rng(seed)
        self.mode, self.batch, self.latent = mode, batch, 2
        self.generator, self.critic = mlp(width, 2), mlp(width, 1)
        if mode == "clipping":
            self.g_opt = torch.optim.RMSprop(self.generator.parameters(), lr=5e-5)
            self.c_opt = torch.optim.RMSprop(self.critic.parameters(), lr=5e-5)
        else:
            self.g_opt = torch.optim.Adam(self.generator.parameters(), lr=1e-4, betas=(0.5, 0.9))
            self.c_opt = torch.optim.Adam(self.critic.parameters(), lr=1e-4, betas=(0.5, 0.9))

    def critic_step(self):
        real = eight_gaussians(self.rng, self.batch)
        with torch.no_grad():
            fake = self.generator(torch.randn(self.batch, 2))
        self.c_opt.zero_grad()
        loss = self.critic(fake).mean() - self.critic(real).mean()
        if self.mode == "penalty":
            eps = torch.rand(self.batch, 1)
            x = (eps * real + (1 - eps) * fake).requires_grad_(True)
            slopes, = torch.autograd.grad(self.critic(x).sum(), x, create_graph=True)
            loss = loss + 0.1 * ((slopes.norm(2, dim=1) - 1) ** 2).mean()
        loss.backward()
        self.c_opt.step()
        if self.mode == "clipping":
            with torch.no_grad():
                for p in self.critic.parameters():
                    p.clamp_(-0.01, 0.01)
        return loss.item()

    def generator_step(self):
        for p in self.critic.parameters():
            p.requires_grad_(False)
        self.g_opt.zero_grad()
        loss = -self.critic(self.generator(torch.randn(self.batch, self.latent))).mean()
        loss.backward()
        self.g_opt.step()
        for p in self.critic.parameters():
            p.requires_grad_(True)
        return loss.item()

    def iterate(self):
        for _ in range(5):
            self.critic_step()
        self.generator_step()


class SpriteGenerator(nn.Module):
    def __init__(self, width, latent=32):
        super().__init__()
        self.width = width
        self.project = nn.Linear(latent, 4 * 4 * 2 * width)
        self.up1 = nn.ConvTranspose2d(2 * width, width, 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(width, 3, 4, 2, 1)

    def forward(self, z):
        x = torch.relu(self.project(z)).view(-1, 2 * self.width, 4, 4)
        return torch.tanh(self.up2(torch.relu(self.up1(x))))


def sprite_critic(width):
    return nn.Sequential(nn.Conv2d(3, width, 4, 2, 1), nn.LeakyReLU(0.2), nn.Conv2d(width, 2 * width, 4, 2, 1),
                         nn.LeakyReLU(0.2), nn.Flatten(), nn.Linear(4 * 4 * 2 * width, 1))


class DCGANWorkload(Workload):
    def __init__(self, width, batch, seed):
        torch.manual_seed(seed)
        self.batch, self.latent = batch, 32
        self.images = torch.rand(1024, 3, 16, 16) * 2 - 1
        self.generator, self.critic = SpriteGenerator(width), sprite_critic(width)
        self.g_opt = torch.optim.Adam(self.generator.parameters(), lr=1e-4, betas=(0.5, 0.9))
        self.c_opt = torch.optim.Adam(self.critic.parameters(), lr=1e-4, betas=(0.5, 0.9))

    def critic_step(self):
        real = self.images[torch.randint(0, self.images.shape[0], (self.batch,))]
        with torch.no_grad():
            fake = self.generator(torch.randn(self.batch, self.latent))
        self.c_opt.zero_grad()
        loss = self.critic(fake).mean() - self.critic(real).mean()
        eps = torch.rand(self.batch, 1, 1, 1)
        x = (eps * real + (1 - eps) * fake).requires_grad_(True)
        slopes, = torch.autograd.grad(self.critic(x).sum(), x, create_graph=True)
        loss = loss + 10 * ((slopes.flatten(1).norm(2, dim=1) - 1) ** 2).mean()
        loss.backward()
        self.c_opt.step()
        return loss.item()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widths", default="64,128,512")
    parser.add_argument("--modes", default="clipping,penalty")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--chunks", type=int, default=5)
    parser.add_argument("--iterations", type=int, default=20, help="generator iterations per chunk")
    parser.add_argument("--batch", type=int, default=None, help="default 256 (toy) or 64 (dcgan)")
    parser.add_argument("--workload", choices=["toy", "dcgan"], default="toy")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    results = []
    modes = ["dcgan"] if args.workload == "dcgan" else args.modes.split(",")
    for mode in modes:
        for width in map(int, args.widths.split(",")):
            if args.workload == "dcgan":
                work = DCGANWorkload(width, args.batch or 64, seed=1)
            else:
                work = Workload(mode, width, args.batch or 256, seed=1)
            for _ in range(args.warmup):
                work.iterate()
            chunks = []
            for _ in range(args.chunks):
                start = time.perf_counter()
                for _ in range(args.iterations):
                    work.iterate()
                chunks.append((time.perf_counter() - start) / args.iterations * 1000)
            results.append({"mode": mode, "width": width, "medianMilliseconds": statistics.median(chunks)})
            print(f"peer {mode} width {width}: {results[-1]['medianMilliseconds']:.2f} ms", file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peer": "pytorch", "version": torch.__version__, "threads": torch.get_num_threads(),
                      "peakResidentMegabytes": peak, "results": results}))


if __name__ == "__main__":
    main()
